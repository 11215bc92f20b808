package se.kundlofte.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for single sign-on tests: keeps its cookies and follows redirects itself, across the
 * app and the identity provider, remembering every address it was sent to.
 */
public final class SsoBrowser {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final int MAX_REDIRECTS = 10;

    private final String app;
    private final HttpClient client;
    private final List<URI> visited = new ArrayList<>();

    public SsoBrowser(int port) {
        this.app = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Clicks "Log in with single sign-on" and follows the authorization-code flow to its end. */
    public HttpResponse<String> loginWithSso() throws IOException, InterruptedException {
        return follow(send(get(URI.create(app + "/oauth2/authorization/sso"))));
    }

    /** Logs in with the password form, as {@link HttpSession#login} does. */
    public HttpResponse<String> loginWithPassword(String username, String password)
            throws IOException, InterruptedException {
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrfToken("/login"));
        return send(HttpRequest.newBuilder(URI.create(app + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** Opens an app page without following redirects. */
    public HttpResponse<String> open(String path) throws IOException, InterruptedException {
        return send(get(URI.create(app + path)));
    }

    /** Logs out as the app's logout does (POST with the page's CSRF token), without following. */
    public HttpResponse<String> logout() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(app + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrfToken("/"))))
                .build());
    }

    private String csrfToken(String path) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(open(path).body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + path);
        }
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Follows redirects from the response on, as a browser would. */
    public HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        HttpResponse<String> current = response;
        for (int i = 0; i < MAX_REDIRECTS && isRedirect(current); i++) {
            URI next = current.uri()
                    .resolve(current.headers().firstValue("Location").orElseThrow());
            current = send(get(next));
        }
        if (isRedirect(current)) {
            throw new IllegalStateException("Too many redirects: " + visited);
        }
        return current;
    }

    /** Every address requested so far, in order. */
    public List<URI> visited() {
        return List.copyOf(visited);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        visited.add(request.uri());
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).GET().build();
    }

    private static boolean isRedirect(HttpResponse<String> response) {
        return response.statusCode() / 100 == 3;
    }
}

package se.kundlofte.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's browser tab as Vaadin's client drives the server, over plain HTTP: log in with the
 * form, then open a page as the browser does (the page with its view, and the first data range of
 * every grid and virtual list on it). Many users share one
 * {@link HttpClient}, each with only its cookies, so that a load test's own heap stays small.
 */
public final class VaadinHttpUser {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern LAZY_LIST = Pattern.compile(
            "\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-(grid|virtual-list)\"");

    private final HttpClient client;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private Shown shown;

    public VaadinHttpUser(HttpClient client, int port) {
        this.client = client;
        this.base = "http://localhost:" + port;
    }

    /** A client for many users: HTTP/1.1 as the browser talks to Tomcat here, no cookie store of its own. */
    public static HttpClient sharedClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** Opens the login page and posts the form with its CSRF token; true when the app lets the user in. */
    public boolean logIn(String username, String password) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(send(get("/login")).body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> response = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return response.statusCode() == 302
                && !response.headers().firstValue("Location").orElse("").contains("error");
    }

    /**
     * Opens a page as the browser does on a full load: the page, which comes with its view (or,
     * without eager server load, the init request for a new UI and the navigation to the route),
     * and the first range of each lazy list.
     *
     * @param marker text the view's response must contain (e.g. an element id), else it is an error
     * @return what the client received
     */
    public Opened open(String route, String marker) throws IOException, InterruptedException {
        long bytes = 0;
        HttpResponse<String> page = send(get("/" + route));
        bytes += page.body().length();
        if (page.statusCode() != 200) {
            return new Opened(false, bytes, 0, "page " + page.statusCode());
        }
        // The portal answers a page with its view built (Vaadin's eager server load); without it,
        // the browser asks for a UI (init) and then navigates.
        String view = page.body();
        int nextClientId;
        if (!view.contains("\"v-uiId\"")) {
            HttpResponse<String> init = send(get("/?v-r=init&location=" + encode(route) + "&query="));
            bytes += init.body().length();
            if (init.statusCode() != 200) {
                return new Opened(false, bytes, 0, "init " + init.statusCode());
            }
            HttpResponse<String> navigated = uidl(
                    find(UI_ID, init.body()),
                    find(SECURITY_KEY, init.body()),
                    find(SYNC_ID, init.body()),
                    0,
                    "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                            + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
            bytes += navigated.body().length();
            if (navigated.statusCode() != 200) {
                return new Opened(false, bytes, 0, "navigation " + navigated.statusCode());
            }
            view = init.body() + navigated.body();
            nextClientId = 1;
        } else {
            nextClientId = 0;
        }
        if (!view.contains(marker)) {
            return new Opened(false, bytes, 0, "view without " + marker);
        }
        String uiId = find(UI_ID, view);
        String key = find(SECURITY_KEY, view);
        shown = new Shown(uiId, key, lastSyncId(view), nextClientId);
        Matcher lists = LAZY_LIST.matcher(view);
        StringBuilder ranges = new StringBuilder();
        int count = 0;
        while (lists.find()) {
            // What the connectors ask for first in a 1280×860 Chromium window: a grid its first
            // page, a virtual list the cards it has laid out and 20 more (32 on the board).
            int length = lists.group(2).equals("grid") ? 50 : 32;
            ranges.append(ranges.isEmpty() ? "" : ",")
                    .append("{\"type\":\"publishedEventHandler\",\"node\":")
                    .append(lists.group(1))
                    .append(",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[0,")
                    .append(length)
                    .append("],\"promise\":0}");
            count++;
        }
        if (count == 0) {
            return new Opened(true, bytes, 0, "");
        }
        HttpResponse<String> data = uidl(uiId, key, lastSyncId(view), nextClientId, ranges.toString());
        bytes += data.body().length();
        if (data.statusCode() == 200 && SYNC_ID.matcher(data.body()).find()) {
            shown = new Shown(uiId, key, lastSyncId(data.body()), nextClientId + 1);
        }
        // A grid sends its first page with the navigation already; a virtual list waits for the range.
        boolean items = view.contains("\"key\":\"") || data.body().contains("\"key\":\"");
        return new Opened(
                data.statusCode() == 200 && items,
                bytes,
                count,
                data.statusCode() == 200 ? (items ? "" : "no items") : "data " + data.statusCode());
    }

    /**
     * Leaves the page last opened as a browser does when the tab goes to another address: Vaadin's
     * unload beacon, after which the server closes that UI (and the memory it held).
     */
    public void leave() throws IOException, InterruptedException {
        if (shown == null) {
            return;
        }
        String message = "{\"csrfToken\":\"" + shown.key() + "\",\"rpc\":[],\"syncId\":" + shown.syncId()
                + ",\"clientId\":" + shown.clientId() + ",\"UNLOAD\":true}";
        send(request("/?v-r=uidl&v-uiId=" + shown.uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)));
        shown = null;
    }

    /** The UI on the page last opened and what its next message must carry. */
    private record Shown(String uiId, String key, String syncId, int clientId) {}

    /** What opening a page brought: whether it worked, the bytes of the bodies (uncompressed), lists, why not. */
    public record Opened(boolean ok, long bytes, int lists, String problem) {}

    private HttpResponse<String> uidl(String uiId, String key, String syncId, int clientId, String rpc)
            throws IOException, InterruptedException {
        String message = "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId + ",\"clientId\":"
                + clientId + "}";
        return send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)));
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    /** The sync id of the last message the server sent (the navigation's, when init came first). */
    private static String lastSyncId(String body) {
        Matcher matcher = SYNC_ID.matcher(body);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        if (last == null) {
            throw new IllegalStateException("No syncId in " + body.substring(0, Math.min(300, body.length())));
        }
        return last;
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " in " + body.substring(0, Math.min(300, body.length())));
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package se.kundlofte.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kundlofte.test.DemoUsers;
import se.kundlofte.test.HttpSession;
import se.kundlofte.test.IntegrationTest;

/**
 * Unknown and forbidden addresses over real HTTP: the first response carries 404 or 403, and the
 * view the browser is then sent is the designed, translated page, never Spring's
 * whitelabel page or Vaadin's bare "Could not navigate" line.
 */
@IntegrationTest
class ErrorPagesHttpTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownAddressIsTheDesignedNotFoundPage() throws Exception {
        HttpSession browser = new HttpSession(port);
        browser.login("sales", DemoUsers.PASSWORD);

        HttpResponse<String> page = browser.get("/no/such/page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Whitelabel");

        assertThat(view(browser, "no/such/page", "en"))
                .contains("page-not-found", "Page not found", "Back to the start page")
                .doesNotContain("Could not navigate");
    }

    @Test
    void aPageTheRolesDoNotOpenIsTheDesignedNotAllowedPage() throws Exception {
        HttpSession browser = new HttpSession(port);
        browser.login("sales", DemoUsers.PASSWORD);

        HttpResponse<String> page = browser.get("/admin/users");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("Whitelabel");

        assertThat(view(browser, "admin/users", "en"))
                .contains("page-not-allowed", "Not allowed", "Back to the start page")
                .doesNotContain("Could not navigate");
    }

    @Test
    void pagesTheRolesOpenStayOk() throws Exception {
        HttpSession browser = new HttpSession(port);
        browser.login("sales", DemoUsers.PASSWORD);
        assertThat(browser.get("/customers").statusCode()).isEqualTo(200);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void anAnonymousVisitorOfAnUnknownAddressIsAskedToLogIn() throws Exception {
        HttpSession browser = new HttpSession(port);

        HttpResponse<String> page = browser.get("/no/such/page");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /** What the browser's Vaadin client receives when it opens the route: a new UI, then the view. */
    private static String view(HttpSession browser, String route, String language) throws Exception {
        String init = new String(
                browser.getRaw("/?v-r=init&location=&query=", "Accept-Language", language)
                        .body(),
                StandardCharsets.UTF_8);
        String message = "{\"csrfToken\":\"" + find("\"Vaadin-Security-Key\":\"([^\"]+)\"", init)
                + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{"
                + "\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":1},\"trigger\":\"\"}}],\"syncId\":"
                + find("\"syncId\":(\\d+)", init) + ",\"clientId\":0}";
        return browser.post(
                        "/?v-r=uidl&v-uiId=" + find("\"v-uiId\":(\\d+)", init),
                        "application/json; charset=UTF-8",
                        message)
                .body();
    }

    private static String find(String regex, String body) {
        Matcher matcher = Pattern.compile(regex).matcher(body);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}

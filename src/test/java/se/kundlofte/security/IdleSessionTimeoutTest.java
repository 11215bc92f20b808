package se.kundlofte.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kundlofte.test.DemoUsers;
import se.kundlofte.test.HttpSession;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.LiveHttpSessions;

/**
 * An open page sends heartbeats that keep the HTTP session alive; an idle user must still be
 * logged out once the idle limit passes, while a user who works stays logged in. Real HTTP, the
 * way the browser's Vaadin client talks to the server, with the idle limit shortened to 2 s.
 */
@IntegrationTest
class IdleSessionTimeoutTest {

    private static final int IDLE_LIMIT_SECONDS = 2;
    private static final long WATCH_MILLIS = 3_500;

    @LocalServerPort
    int port;

    @Autowired
    LiveHttpSessions liveSessions;

    @Test
    void heartbeatsAloneDoNotKeepAnIdleUserLoggedIn() throws Exception {
        OpenPage page = openPage("ceo");

        List<Integer> heartbeats = new ArrayList<>();
        long end = System.currentTimeMillis() + WATCH_MILLIS;
        while (System.currentTimeMillis() < end) {
            heartbeats.add(page.heartbeat());
            Thread.sleep(250);
        }

        // 403 is what Vaadin's client takes as "session expired": it reloads the page, which
        // then shows the login page. A redirect here would look like a healthy heartbeat.
        assertThat(heartbeats)
                .as("heartbeats while idle")
                .startsWith(200)
                .endsWith(403)
                .containsOnly(200, 403);
        assertThat(redirectsToLoginSoon(page.browser))
                .as("a protected page after the idle limit")
                .isTrue();
        assertThat(liveSessions.byId(page.sessionId)).as("the HTTP session").isEmpty();
    }

    @Test
    void aUserWhoWorksStaysLoggedInPastTheIdleLimit() throws Exception {
        OpenPage page = openPage("ceo");

        List<Integer> heartbeats = new ArrayList<>();
        long end = System.currentTimeMillis() + WATCH_MILLIS;
        int round = 0;
        while (System.currentTimeMillis() < end) {
            heartbeats.add(page.heartbeat());
            if (round++ % 2 == 0) {
                assertThat(page.activity()).isEqualTo(200);
            }
            Thread.sleep(250);
        }

        assertThat(heartbeats).as("heartbeats while working").containsOnly(200);
        assertThat(page.browser.get("/customers").statusCode()).isEqualTo(200);
        assertThat(liveSessions.byId(page.sessionId)).as("the HTTP session").isPresent();
    }

    /** Logs in, opens the customer list as the browser does and shortens the session's idle limit. */
    private OpenPage openPage(String username) throws Exception {
        HttpSession browser = new HttpSession(port);
        browser.login(username, DemoUsers.PASSWORD);
        assertThat(browser.get("/customers").statusCode()).isEqualTo(200);
        HttpResponse<String> init = browser.get("/?v-r=init&location=customers&query=");
        assertThat(init.statusCode()).isEqualTo(200);
        OpenPage page = new OpenPage(
                browser,
                browser.sessionId(),
                Integer.parseInt(find("\"v-uiId\":(\\d+)", init.body())),
                find("\"Vaadin-Security-Key\":\"([^\"]+)\"", init.body()),
                Integer.parseInt(find("\"syncId\":(\\d+)", init.body())));
        liveSessions.byId(page.sessionId).orElseThrow().setMaxInactiveInterval(IDLE_LIMIT_SECONDS);
        return page;
    }

    /** Vaadin closes an idle session at the end of a request; give that request a moment to end. */
    private static boolean redirectsToLoginSoon(HttpSession browser) throws Exception {
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = browser.get("/customers");
            if (response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith("/login")) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static String find(String regex, String body) {
        Matcher matcher = Pattern.compile(regex).matcher(body);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }

    /** One browser tab with a Vaadin UI: what its client sends to the server. */
    private static final class OpenPage {
        final HttpSession browser;
        final String sessionId;
        final int uiId;
        final String csrfToken;
        int syncId;
        int clientId;

        OpenPage(HttpSession browser, String sessionId, int uiId, String csrfToken, int syncId) {
            this.browser = browser;
            this.sessionId = sessionId;
            this.uiId = uiId;
            this.csrfToken = csrfToken;
            this.syncId = syncId;
        }

        int heartbeat() throws Exception {
            return browser.post("/?v-r=heartbeat&v-uiId=" + uiId, "text/plain;charset=UTF-8", "")
                    .statusCode();
        }

        /** A UIDL message, as any click or keystroke sends; it carries no events, only the tokens. */
        int activity() throws Exception {
            String message = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":"
                    + clientId + "}";
            HttpResponse<String> response =
                    browser.post("/?v-r=uidl&v-uiId=" + uiId, "application/json; charset=UTF-8", message);
            Matcher next = Pattern.compile("\"syncId\":(\\d+)").matcher(response.body());
            if (next.find()) {
                syncId = Integer.parseInt(next.group(1));
            }
            clientId++;
            return response.statusCode();
        }
    }
}

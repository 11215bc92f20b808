package se.kundlofte.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.test.DemoUsers;
import se.kundlofte.test.HttpSession;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.user.NewUser;
import se.kundlofte.user.UserAdminService;
import se.kundlofte.user.UserListItem;

/** Real HTTP against the app on a random port, through the whole security filter chain. */
@IntegrationTest
class HttpLoginTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    UserDetailsService userDetailsService;

    @Test
    void aGoodLoginReachesTheAppWithANewSessionId() throws Exception {
        HttpSession browser = new HttpSession(port);
        browser.get("/login");
        String before = browser.sessionId();

        HttpResponse<String> response = browser.login("admin", DemoUsers.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        HttpResponse<String> app = browser.get("/admin/users");
        assertThat(app.statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpSession browser = new HttpSession(port);
        HttpResponse<String> response = browser.login("admin", "not the password");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(browser.get("/admin/users").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aDeactivatedUserIsRefused() throws Exception {
        String username = "http-deactivated-" + System.nanoTime() % 100_000;
        asAdmin(() -> {
            UserListItem user = userAdmin.create(new NewUser(
                    username,
                    "Deaktiverad Person",
                    username + "@foretag.se",
                    null,
                    Set.of(AppRoles.SALES),
                    "ett långt lösenord"));
            userAdmin.setActive(user.id(), user.version(), false);
        });

        HttpResponse<String> response = new HttpSession(port).login(username, "ett långt lösenord");

        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void theHealthEndpointAnswersWithoutLoginAndCreatesNoSession() throws Exception {
        HttpResponse<String> response = new HttpSession(port).get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void responsesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = new HttpSession(port).get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "default-src 'self'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        // HSTS is only sent over HTTPS; this test server speaks plain HTTP.
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void otherActuatorEndpointsAreClosed() throws Exception {
        HttpResponse<String> response = new HttpSession(port).get("/actuator/env");
        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).doesNotContain("propertySources");
    }

    private void asAdmin(Runnable action) {
        UserDetails admin = userDetailsService.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

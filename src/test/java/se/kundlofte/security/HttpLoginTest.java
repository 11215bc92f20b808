package se.kundlofte.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
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
import se.kundlofte.test.RunAs;
import se.kundlofte.user.NewUser;
import se.kundlofte.user.UserAdminService;
import se.kundlofte.user.UserChanges;
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

    @Autowired
    LoginThrottle throttle;

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
    void repeatedFailuresThrottleEvenTheRightPasswordUntilTheCoolDownPasses() throws Exception {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
        throttle.useClock(now::get);
        try {
            for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
                assertThat(new HttpSession(port)
                                .login("marketing", "wrong guess " + i)
                                .headers()
                                .firstValue("Location"))
                        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
            }
            assertThat(new HttpSession(port)
                            .login("marketing", DemoUsers.PASSWORD)
                            .headers()
                            .firstValue("Location"))
                    .as("the right password during the cool-down")
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
            now.set(now.get().plusSeconds(6));
            assertThat(new HttpSession(port)
                            .login("marketing", DemoUsers.PASSWORD)
                            .headers()
                            .firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        } finally {
            throttle.useClock(Instant::now);
            throttle.reset();
        }
    }

    @Test
    void deactivatingAUserEndsTheirOpenSession() throws Exception {
        String username = "http-session-" + System.nanoTime() % 100_000;
        long id = adminGets(() -> userAdmin
                .create(new NewUser(
                        username,
                        "Sessions Person",
                        username + "@foretag.se",
                        null,
                        Set.of(AppRoles.CEO),
                        "ett långt lösenord"))
                .id());
        HttpSession browser = new HttpSession(port);
        browser.login(username, "ett långt lösenord");
        assertThat(browser.get("/customers").statusCode()).isEqualTo(200);
        assertThat(adminGets(() -> userAdmin.openSessions(id))).hasSize(1);

        adminGets(() -> {
            UserListItem user = userAdmin.get(id);
            return userAdmin.setActive(id, user.version(), false);
        });

        HttpResponse<String> after = browser.get("/customers");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));
        assertThat(adminGets(() -> userAdmin.openSessions(id))).isEmpty();
    }

    @Test
    void changingRolesEndsTheSessionsThatCarryTheOldRoles() throws Exception {
        String username = "http-roles-" + System.nanoTime() % 100_000;
        long id = adminGets(() -> userAdmin
                .create(new NewUser(
                        username,
                        "Roles Person",
                        username + "@foretag.se",
                        null,
                        Set.of(AppRoles.SALES),
                        "ett långt lösenord"))
                .id());
        HttpSession browser = new HttpSession(port);
        browser.login(username, "ett långt lösenord");
        assertThat(browser.get("/customers").statusCode()).isEqualTo(200);
        adminGets(() -> {
            UserListItem user = userAdmin.get(id);
            return userAdmin.update(
                    new UserChanges(id, user.version(), user.fullName(), user.email(), null, Set.of(AppRoles.CEO)));
        });
        assertThat(browser.get("/customers").statusCode()).isEqualTo(302);
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

    private <T> T adminGets(java.util.function.Supplier<T> action) {
        return RunAs.user(userDetailsService, "admin", action);
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

package se.kundlofte.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.security.ui.LoginView;
import se.kundlofte.test.AppRoutes;
import se.kundlofte.test.DemoUsers;
import se.kundlofte.test.HttpSession;
import se.kundlofte.test.RunAs;
import se.kundlofte.test.SsoBrowser;
import se.kundlofte.test.SsoIntegrationTest;
import se.kundlofte.test.TestIdentityProvider;
import se.kundlofte.user.UserAdminService;
import se.kundlofte.user.UserListItem;

/**
 * Single sign-on end to end: the authorization-code flow against a real OpenID Connect provider,
 * over HTTP through the whole security chain, with the portal's user table and session registry.
 */
@SsoIntegrationTest
class SsoLoginTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    UserSessions userSessions;

    @Autowired
    ApplicationContext context;

    @Test
    void aMappedUserLogsInIsProvisionedAndGetsTheRolesOfTheirGroups() throws Exception {
        String username = uniqueName("anna");
        TestIdentityProvider.nextLogin(
                UUID.randomUUID().toString(),
                claims(username, "Anna Andersson", List.of("kundlofte-sales", "unrelated-group")));
        SsoBrowser browser = new SsoBrowser(port);

        HttpResponse<String> landed = browser.loginWithSso();

        assertThat(browser.visited())
                .as("app → provider → app callback → app")
                .anySatisfy(uri -> assertThat(uri.toString()).startsWith(TestIdentityProvider.issuerUri()))
                .anySatisfy(uri -> assertThat(uri.getPath()).isEqualTo("/login/oauth2/code/sso"));
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(browser.open("/customers").statusCode())
                .as("a page for every role")
                .isEqualTo(200);

        assertThat(rolesInSessionRegistry(username)).containsExactly("ROLE_SALES");
        assertThat(userSessions.of(username)).hasSize(1);
        UserListItem row = userRow(username);
        assertThat(row.fullName()).isEqualTo("Anna Andersson");
        assertThat(row.email()).isEqualTo(username + "@foretag.se");
        assertThat(row.roles()).containsExactly(AppRoles.SALES);
        assertThat(row.active()).isTrue();
    }

    @Test
    void groupsOfAKeycloakPathAndSeveralGroupsAddUp() throws Exception {
        String username = uniqueName("karin");
        TestIdentityProvider.nextLogin(
                UUID.randomUUID().toString(),
                claims(username, "Karin Keycloak", List.of("/kundlofte/ceo", "kundlofte-sales")));

        assertThat(new SsoBrowser(port).loginWithSso().uri().getPath()).isEqualTo("/");

        assertThat(userRow(username).roles()).containsExactlyInAnyOrder(AppRoles.CEO, AppRoles.SALES);
        assertThat(rolesInSessionRegistry(username)).containsExactlyInAnyOrder("ROLE_CEO", "ROLE_SALES");
    }

    @Test
    void aUserWithoutAMappedGroupIsRefusedAndNotStored() throws Exception {
        String username = uniqueName("utan");
        TestIdentityProvider.nextLogin(
                UUID.randomUUID().toString(), claims(username, "Utan Grupp", List.of("some-other-app")));
        SsoBrowser browser = new SsoBrowser(port);

        HttpResponse<String> landed = browser.loginWithSso();

        assertThat(landed.uri().getPath()).isEqualTo("/login");
        assertThat(landed.uri().getQuery()).isEqualTo(LoginView.SSO_ERROR + "=no-role");
        assertThat(browser.open("/customers").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(adminGets(() -> userAdmin.list(username, PageRequest.of(0, 10))))
                .isEmpty();
        assertThat(userSessions.of(username)).isEmpty();
    }

    @Test
    void everyLoginRefreshesNameAndRolesAndEndsSessionsWithTheOldRoles() throws Exception {
        String username = uniqueName("bo");
        String subject = UUID.randomUUID().toString();
        TestIdentityProvider.nextLogin(subject, claims(username, "Bo Berg", List.of("kundlofte-sales")));
        SsoBrowser first = new SsoBrowser(port);
        first.loginWithSso();
        assertThat(rolesInSessionRegistry(username)).containsExactly("ROLE_SALES");
        long id = userRow(username).id();

        TestIdentityProvider.nextLogin(subject, claims(username, "Bo Berg-Lund", List.of("kundlofte-admins")));
        SsoBrowser second = new SsoBrowser(port);
        second.loginWithSso();

        UserListItem row = userRow(username);
        assertThat(row.id()).as("the same user row").isEqualTo(id);
        assertThat(row.fullName()).isEqualTo("Bo Berg-Lund");
        assertThat(row.roles()).containsExactlyInAnyOrder(AppRoles.ADMIN, AppRoles.CEO);
        assertThat(rolesInSessionRegistry(username)).containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_CEO");
        assertThat(second.open("/customers").statusCode()).isEqualTo(200);
        assertThat(first.open("/customers").headers().firstValue("Location"))
                .as("the session with the old roles has ended")
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));
        assertThat(userSessions.of(username)).hasSize(1);

        // The same name and groups again: nothing changes, so the row's version stays put and an
        // administrator editing the user meanwhile is not refused.
        long version = userRow(username).version();
        TestIdentityProvider.nextLogin(subject, claims(username, "Bo Berg-Lund", List.of("kundlofte-admins")));
        new SsoBrowser(port).loginWithSso();
        assertThat(userRow(username).version()).isEqualTo(version);
    }

    @Test
    void aUserDeactivatedInThePortalIsLoggedOutAndRefused() throws Exception {
        String username = uniqueName("dea");
        String subject = UUID.randomUUID().toString();
        TestIdentityProvider.nextLogin(subject, claims(username, "Dea Aktiv", List.of("kundlofte-sales")));
        SsoBrowser browser = new SsoBrowser(port);
        browser.loginWithSso();
        assertThat(browser.open("/customers").statusCode()).isEqualTo(200);

        adminGets(() -> {
            UserListItem user = userRow(username);
            return userAdmin.setActive(user.id(), user.version(), false);
        });

        assertThat(browser.open("/customers").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));
        TestIdentityProvider.nextLogin(subject, claims(username, "Dea Aktiv", List.of("kundlofte-sales")));
        HttpResponse<String> again = new SsoBrowser(port).loginWithSso();
        assertThat(again.uri().getQuery()).isEqualTo(LoginView.SSO_ERROR + "=deactivated");
        assertThat(userSessions.of(username)).isEmpty();
    }

    @Test
    void aSingleSignOnUserHasNoPasswordUntilAnAdministratorSetsOne() throws Exception {
        String username = uniqueName("pia");
        TestIdentityProvider.nextLogin(
                UUID.randomUUID().toString(), claims(username, "Pia Lösen", List.of("kundlofte-sales")));
        new SsoBrowser(port).loginWithSso();

        assertThat(new HttpSession(port)
                        .login(username, "any password at all")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

        long id = userRow(username).id();
        RunAs.user(userDetailsService, "admin", () -> userAdmin.setPassword(id, "ett långt lösenord"));
        assertThat(new HttpSession(port)
                        .login(username, "ett långt lösenord")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void theUsernameOfAPasswordUserCannotBeTakenOver() throws Exception {
        TestIdentityProvider.nextLogin(
                UUID.randomUUID().toString(), claims("sales", "Someone Else", List.of("kundlofte-admins")));

        HttpResponse<String> landed = new SsoBrowser(port).loginWithSso();

        assertThat(landed.uri().getQuery()).isEqualTo(LoginView.SSO_ERROR + "=username-taken");
        UserListItem sales = userRow("sales");
        assertThat(sales.roles()).containsExactly(AppRoles.SALES);
        assertThat(sales.fullName()).isNotEqualTo("Someone Else");
        assertThat(new HttpSession(port)
                        .login("sales", DemoUsers.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void logoutEndsTheSessionAndLogsOutAtTheProvider() throws Exception {
        String username = uniqueName("ulf");
        TestIdentityProvider.nextLogin(
                UUID.randomUUID().toString(), claims(username, "Ulf Ut", List.of("kundlofte-sales")));
        SsoBrowser browser = new SsoBrowser(port);
        browser.loginWithSso();
        assertThat(userSessions.of(username)).hasSize(1);

        HttpResponse<String> logout = browser.logout();

        assertThat(logout.statusCode()).isEqualTo(302);
        URI endSession = URI.create(logout.headers().firstValue("Location").orElseThrow());
        assertThat(endSession.toString())
                .startsWith(TestIdentityProvider.server()
                        .endSessionEndpointUrl(TestIdentityProvider.ISSUER_ID)
                        .toString());
        Map<String, String> query = query(endSession);
        assertThat(query).containsKey("id_token_hint");
        assertThat(query).containsEntry("post_logout_redirect_uri", "http://localhost:" + port + "/login");
        assertThat(userSessions.of(username)).isEmpty();
        assertThat(browser.open("/customers").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aPasswordUserLogsOutLocallyOnly() throws Exception {
        SsoBrowser browser = new SsoBrowser(port);
        browser.loginWithPassword("ceo", DemoUsers.PASSWORD);
        assertThat(browser.open("/customers").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.logout();

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(URI.create(logout.headers().firstValue("Location").orElseThrow()))
                .satisfies(uri -> assertThat(uri.getPort()).isEqualTo(port))
                .satisfies(uri -> assertThat(uri.getPath()).isEqualTo("/"));
        assertThat(browser.open("/customers").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theLoginPageOffersSingleSignOn() {
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setLocaleInt(Locale.ENGLISH);
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(AppRoutes.discover(), context, UI::new));
        try {
            UI.getCurrent().navigate(LoginView.class);
            Anchor link = _get(Anchor.class, spec -> spec.withId("sso-login"));
            assertThat(link.getHref()).isEqualTo("oauth2/authorization/sso");
            assertThat(link.getText()).isEqualTo("Log in with single sign-on");
            assertThat(link.isVisible()).isTrue();
        } finally {
            MockVaadin.tearDown();
        }
    }

    /**
     * The role authorities of the user's open sessions, as registered at login (what the session
     * carries; the permissions the roles grant are left out).
     */
    private Set<String> rolesInSessionRegistry(String username) {
        return sessionRegistry.getAllPrincipals().stream()
                .filter(p ->
                        p instanceof KundlofteUser user && user.getUsername().equals(username))
                .flatMap(p -> sessionRegistry.getAllSessions(p, false).stream())
                .map(session -> (KundlofteUser) session.getPrincipal())
                .flatMap(user -> user.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> AppRoles.ALL.contains(authority.substring("ROLE_".length())))
                .collect(Collectors.toSet());
    }

    private UserListItem userRow(String username) {
        return adminGets(() -> userAdmin.list(username, PageRequest.of(0, 10)).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No user row for " + username)));
    }

    private <T> T adminGets(java.util.function.Supplier<T> action) {
        return RunAs.user(userDetailsService, "admin", action);
    }

    private static Map<String, Object> claims(String username, String name, List<String> groups) {
        return Map.of(
                "preferred_username", username,
                "name", name,
                "email", username + "@foretag.se",
                "groups", groups);
    }

    private static Map<String, String> query(URI uri) {
        return java.util.Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        p -> p[0], p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
    }

    private static String uniqueName(String prefix) {
        return prefix + "-sso-" + System.nanoTime() % 1_000_000;
    }
}

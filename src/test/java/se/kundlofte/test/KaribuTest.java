package se.kundlofte.test;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the UI tests: a Vaadin UI in the test thread over the real Spring context, with a
 * logged-in user whose roles Vaadin's navigation access control sees through the fake request.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = AppRoutes.discover();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    private Locale locale = Locale.ENGLISH;
    private String languageCookie;

    @BeforeEach
    void startVaadin() {
        SecurityContextHolder.clearContext();
        setupVaadin();
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Logs in as the user and starts a fresh UI, as after a real login. */
    protected void login(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        MockVaadin.tearDown();
        setupVaadin();
    }

    /** Logs in as the demo user of the role. */
    protected void loginAs(String role) {
        login(DemoUsers.of(role));
    }

    /**
     * Restarts the UI as a browser that chose this language on the login page earlier (the
     * language cookie). Vaadin's own Accept-Language matching is covered by the browser test.
     */
    protected void languageCookie(Locale locale) {
        this.languageCookie = locale.getLanguage();
        MockVaadin.tearDown();
        setupVaadin();
    }

    protected <T extends Component> T navigate(Class<T> view) {
        UI.getCurrent().navigate(view);
        return currentView(view);
    }

    protected <T extends Component> T currentView(Class<T> view) {
        Object current =
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        return view.cast(current);
    }

    /** The routes the UI knows; a test of error pages adds the portal's own error views. */
    protected Routes routes() {
        return ROUTES;
    }

    private void setupVaadin() {
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authentication != null
                    && authentication.getAuthorities().stream()
                            .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            request.setLocaleInt(locale);
            if (languageCookie != null) {
                request.addCookie(new Cookie("kundlofte-language", languageCookie));
            }
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes(), context, UI::new));
    }
}

package se.kundlofte.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import se.kundlofte.security.ui.LoginView;

/**
 * Single sign-on in the web security chain: the OpenID Connect authorization-code login beside
 * the password form, refusals back to the login page with a reason, and logout that also ends
 * the session at the identity provider when it offers an end-session endpoint.
 */
final class SsoLogin {

    private static final Logger log = LoggerFactory.getLogger("se.kundlofte.security.login");

    private final ClientRegistrationRepository registrations;
    private final SsoUserService userService;

    SsoLogin(ClientRegistrationRepository registrations, SsoUserService userService) {
        this.registrations = registrations;
        this.userService = userService;
    }

    void configure(HttpSecurity http) {
        http.oauth2Login(oauth2 -> oauth2.loginPage("/" + LoginView.ROUTE)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService))
                .failureHandler(SsoLogin::failed));
    }

    /**
     * After the local logout: to the provider's end-session endpoint (which returns the browser to
     * the login page) for single sign-on users, to the start page for password users.
     */
    LogoutSuccessHandler logoutSuccessHandler() {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/" + LoginView.ROUTE);
        handler.setDefaultTargetUrl("/");
        // Logout from the user menu runs inside a Vaadin request: redirect through the UI.
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String code;
        if (e instanceof SsoLoginRefusedException refused) {
            code = refused.reason().code();
        } else {
            code = "failed";
            log.warn("Single sign-on failed: {}", e.getMessage());
        }
        response.sendRedirect(
                request.getContextPath() + "/" + LoginView.ROUTE + "?" + LoginView.SSO_ERROR + "=" + code);
    }
}

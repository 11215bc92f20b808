package se.kundlofte.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import se.kundlofte.security.ui.LoginView;

/**
 * Web security: Vaadin's configurer with our login view for the app, a stateless chain for the
 * health endpoint, Argon2 password hashes, and method security for {@code @PreAuthorize} on
 * services. With {@code kundlofte.sso.enabled=true} the app chain also offers OpenID Connect
 * single sign-on ({@link SsoLogin}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SsoProperties.class)
class SecurityConfig {

    /** Health checks are anonymous and must not create sessions. */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain appFilterChain(HttpSecurity http, ObjectProvider<SsoLogin> ssoLogin) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/icons/**", "/charts/**", "/webjars/**")
                .permitAll()
                // An error a permitted request ends with keeps its status: without this the error
                // dispatch of a heartbeat after the session ended became a redirect to the login
                // page, which Vaadin's client took for a healthy heartbeat instead of "session
                // expired". Only error dispatches: a direct request to /error is still protected.
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/error")
                .denyAll());
        http.sessionManagement(session ->
                session.maximumSessions(-1).sessionRegistry(sessionRegistry()).expiredUrl("/login"));
        SsoLogin sso = ssoLogin.getIfAvailable();
        http.with(vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            // An address that is no route reaches Vaadin's router for a logged-in user, which
            // answers with the portal's own "page not found" (404) instead of Spring's bare 403;
            // anonymous visitors are sent to the login page as for any page.
            vaadin.anyRequest(any -> any.authenticated());
            if (sso != null) {
                vaadin.logoutSuccessHandler(sso.logoutSuccessHandler());
            }
        });
        if (sso != null) {
            // After Vaadin's configurer, so that its entry points (401 for sub-resources) come first.
            sso.configure(http);
        }
        return http.build();
    }

    /** Password login against the users in the database, throttled after repeated failures. */
    @Bean
    AuthenticationProvider authenticationProvider(
            UserDetailsService userDetailsService, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetailsService);
        dao.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(dao, throttle);
    }

    /** Knows every user's open sessions, so that deactivation or new roles can end them. */
    /**
     * No tracing of the security filters and access decisions. Every request ran a dozen
     * observation wrappers for metrics that nothing reads; they were a tenth of the server's work
     * when many users opened the board at once. Login attempts are still logged by
     * {@link ThrottledAuthenticationProvider}.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Argon2 for new hashes; bcrypt hashes from imports still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        String encodingId = "argon2";
        return new DelegatingPasswordEncoder(
                encodingId,
                Map.of(
                        encodingId,
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    /** Publishes login successes and failures so that {@link LoginAuditListener} can log them. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}

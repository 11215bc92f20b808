package se.kundlofte.test;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real OpenID Connect provider for the single sign-on tests, started once per test run before
 * the Spring context that discovers it through its issuer URI. Tests decide who logs in next by
 * enqueueing the claims the provider puts into the ID token, access token and user info.
 */
public final class TestIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER_ID = "kundlofte-idp";
    public static final String CLIENT_ID = "kundlofte";

    private static MockOAuth2Server server;

    /** The running provider, started on first use and stopped when the test JVM ends. */
    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            MockOAuth2Server started = new MockOAuth2Server();
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
            server = started;
        }
        return server;
    }

    /** The provider's issuer URI, as {@code spring.security.oauth2.client.provider.sso.issuer-uri}. */
    public static String issuerUri() {
        return server().issuerUrl(ISSUER_ID).toString();
    }

    /** The next login at the provider is this person, with these claims (e.g. name and groups). */
    public static void nextLogin(String subject, Map<String, Object> claims) {
        server().enqueueCallback(
                        new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "testIdentityProvider",
                        Map.of("spring.security.oauth2.client.provider.sso.issuer-uri", issuerUri())));
    }
}

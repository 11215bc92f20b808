package se.kundlofte.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The second Spring test context, for single sign-on only: the app as in {@link IntegrationTest}
 * plus OpenID Connect against {@link TestIdentityProvider}, which starts before the context.
 * Groups {@code kundlofte-sales}, {@code kundlofte-admins} and the Keycloak-style path
 * {@code /kundlofte/ceo} map to roles. Keep it identical everywhere so it starts once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestIdentityProvider.class)
@TestPropertySource(
        properties = {
            "kundlofte.sso.enabled=true",
            "kundlofte.sso.group-roles.kundlofte-sales=SALES",
            "kundlofte.sso.group-roles.kundlofte-admins=ADMIN,CEO",
            "kundlofte.sso.group-roles[kundlofte/ceo]=ceo",
            "spring.security.oauth2.client.registration.sso.client-id=" + TestIdentityProvider.CLIENT_ID,
            "spring.security.oauth2.client.registration.sso.client-secret=test-secret",
            "spring.security.oauth2.client.registration.sso.scope=openid,profile,email",
        })
public @interface SsoIntegrationTest {}

package se.kundlofte.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with OpenID Connect ({@code kundlofte.sso.*}). Off by default; when on, the
 * client registration {@link #registrationId()} under {@code spring.security.oauth2.client.*}
 * names the identity provider, and {@link #groupRoles()} turns the provider's groups into portal
 * roles. Password login stays available.
 *
 * @param enabled whether the login page offers single sign-on
 * @param registrationId the Spring Security client registration of the identity provider
 * @param groupsClaim the claim that lists the user's groups (Keycloak and Azure AD: {@code groups})
 * @param usernameClaim the claim that becomes the username; {@code email} is used when it is missing
 * @param nameClaim the claim that becomes the display name
 * @param groupRoles group name (or Azure AD group object id) → portal role codes from {@link AppRoles}
 * @param linkExistingUsers whether a first single sign-on may take over a password user with the
 *     same username (off: such a login is refused, so nobody can claim a local account by name)
 */
@ConfigurationProperties("kundlofte.sso")
public record SsoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("sso") String registrationId,
        @DefaultValue("groups") String groupsClaim,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("name") String nameClaim,
        Map<String, List<String>> groupRoles,
        @DefaultValue("false") boolean linkExistingUsers) {

    public SsoProperties {
        groupRoles = groupRoles == null ? Map.of() : Map.copyOf(groupRoles);
    }

    /** Where the login page sends the browser to start single sign-on. */
    public String loginPath() {
        return "/oauth2/authorization/" + registrationId;
    }
}

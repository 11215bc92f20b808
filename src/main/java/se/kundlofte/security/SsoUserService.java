package se.kundlofte.security;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import se.kundlofte.security.SsoLoginRefusedException.Reason;

/**
 * After the identity provider vouched for a person: reads username, name, email and groups from
 * the ID token and user info, maps the groups to roles and provisions the portal user. Refuses
 * people without a mapped group before anything is stored.
 */
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger("se.kundlofte.security.login");
    static final int USERNAME_MAX = 254;
    private static final int NAME_MAX = 120;
    private static final int EMAIL_MAX = 254;

    private final OidcUserService delegate = new OidcUserService();
    private final SsoProperties properties;
    private final SsoRoleMapping mapping;
    private final SsoAccounts accounts;

    SsoUserService(SsoProperties properties, SsoRoleMapping mapping, SsoAccounts accounts) {
        this.properties = properties;
        this.mapping = mapping;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        Map<String, Object> claims = new HashMap<>(oidc.getClaims());
        try {
            SsoIdentity identity = identity(claims);
            KundlofteUser user = accounts.signIn(identity);
            return new KundlofteOidcUser(user, oidc.getIdToken(), oidc.getUserInfo(), claims);
        } catch (SsoLoginRefusedException e) {
            log.warn("Single sign-on refused: subject={} reason={}", oidc.getSubject(), e.reason());
            throw e;
        }
    }

    /** The identity the claims describe; refuses when no group maps to a role. */
    SsoIdentity identity(Map<String, Object> claims) {
        String email = text(claims.get("email"));
        String username = text(claims.get(properties.usernameClaim()));
        if (username.isEmpty()) {
            username = email;
        }
        username = username.toLowerCase(Locale.ROOT);
        if (username.isEmpty() || username.length() > USERNAME_MAX) {
            throw new SsoLoginRefusedException(Reason.NO_USERNAME, "No usable username claim");
        }
        Set<String> roles = mapping.rolesFor(claims.get(properties.groupsClaim()));
        if (roles.isEmpty()) {
            throw new SsoLoginRefusedException(Reason.NO_ROLE, "No group of " + username + " maps to a role");
        }
        String name = text(claims.get(properties.nameClaim()));
        if (name.isEmpty()) {
            name = (text(claims.get("given_name")) + " " + text(claims.get("family_name"))).trim();
        }
        if (name.isEmpty()) {
            name = username;
        }
        if (name.length() > NAME_MAX) {
            name = name.substring(0, NAME_MAX);
        }
        if (email.isEmpty() && username.contains("@")) {
            email = username;
        }
        if (email.length() > EMAIL_MAX) {
            email = "";
        }
        return new SsoIdentity(text(claims.get("sub")), username, name, email, roles);
    }

    private static String text(Object claim) {
        return claim instanceof String s ? s.trim() : "";
    }
}

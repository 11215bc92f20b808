package se.kundlofte.security;

import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A portal user who logged in through single sign-on. It is a {@link KundlofteUser}, so
 * {@link CurrentUser}, owners, histories and the session registry treat it like any other user;
 * it keeps the ID token for logout at the identity provider.
 */
public class KundlofteOidcUser extends KundlofteUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;
    private final Map<String, Object> claims;

    public KundlofteOidcUser(
            KundlofteUser user, OidcIdToken idToken, OidcUserInfo userInfo, Map<String, Object> claims) {
        super(
                user.getUserId(),
                user.getUsername(),
                "",
                user.isEnabled(),
                user.getFullName(),
                user.getPreferredLanguage(),
                user.getRoles());
        this.idToken = idToken;
        this.userInfo = userInfo;
        this.claims = Map.copyOf(claims);
    }

    @Override
    public Map<String, Object> getClaims() {
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    /** The portal username, as for password users. */
    @Override
    public String getName() {
        return getUsername();
    }
}

package se.kundlofte.security;

import java.util.Locale;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The identity provider vouched for the person, but the portal does not let them in. */
public class SsoLoginRefusedException extends OAuth2AuthenticationException {

    /** Why; each reason has a message on the login page ({@code login.sso.error.<code>}). */
    public enum Reason {
        /** None of the person's groups maps to a portal role. */
        NO_ROLE,
        /** An administrator deactivated the user in the portal. */
        DEACTIVATED,
        /** A password user already has the username. */
        USERNAME_TAKEN,
        /** The provider sent neither a username nor an email address. */
        NO_USERNAME;

        /** The code in the login page's address, e.g. {@code no-role}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public SsoLoginRefusedException(Reason reason, String detail) {
        super(new OAuth2Error("kundlofte_" + reason.name().toLowerCase(Locale.ROOT), detail, null), detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

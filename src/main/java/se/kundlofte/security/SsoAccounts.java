package se.kundlofte.security;

/** The user table as single sign-on sees it: finds or creates the portal user of an identity. */
public interface SsoAccounts {

    /**
     * Creates the user on first login, otherwise refreshes name, email and roles from the
     * identity provider (ending sessions that carry other roles).
     *
     * @throws SsoLoginRefusedException when the user is deactivated or the username is taken
     */
    KundlofteUser signIn(SsoIdentity identity);
}

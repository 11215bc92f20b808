package se.kundlofte.security;

import org.springframework.security.core.AuthenticationException;

/** The login was refused unseen because of recent failures; the caller must wait. */
public class LoginThrottledException extends AuthenticationException {

    public LoginThrottledException(long secondsLeft) {
        super("Too many failed logins; wait " + secondsLeft + " s");
    }
}

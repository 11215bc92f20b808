package se.kundlofte.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Logs every login attempt: who, from where, and why it failed. Never the password. */
@Component
class LoginAuditListener {

    private static final Logger log = LoggerFactory.getLogger("se.kundlofte.security.login");

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        log.info("Login succeeded: user={} address={}", authentication.getName(), address(authentication));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        log.warn(
                "Login failed: user={} address={} reason={}",
                sanitize(authentication.getName()),
                address(authentication),
                event.getException().getClass().getSimpleName());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "-";
    }

    /** Usernames typed at the login form go to the log: strip line breaks (log forging). */
    private static String sanitize(String value) {
        if (value == null) {
            return "-";
        }
        String oneLine = value.replaceAll("[\\r\\n\\t]", "_");
        return oneLine.length() > 64 ? oneLine.substring(0, 64) + "…" : oneLine;
    }
}

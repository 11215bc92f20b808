package se.kundlofte.security;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The open sessions of each user. Ending them makes the user's next request land on the login
 * page: used when a user is deactivated or their roles change, and by administrators.
 */
@Component
public class UserSessions {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

    /** One open session: when it was last used. */
    public record OpenSession(String id, Instant lastRequest) {}

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    public List<OpenSession> of(String username) {
        return sessions(username).stream()
                .map(s -> new OpenSession(s.getSessionId(), s.getLastRequest().toInstant()))
                .toList();
    }

    /** Ends every session of the user; returns how many. */
    public int end(String username) {
        List<SessionInformation> sessions = sessions(username);
        sessions.forEach(SessionInformation::expireNow);
        if (!sessions.isEmpty()) {
            log.info("Ended {} session(s) of user {}", sessions.size(), username);
        }
        return sessions.size();
    }

    private List<SessionInformation> sessions(String username) {
        return registry.getAllPrincipals().stream()
                .filter(p -> p instanceof UserDetails user && user.getUsername().equals(username))
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .toList();
    }
}

package se.kundlofte.test;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Test-only: the server's live HTTP sessions, so that a test can shorten one session's idle limit
 * (the app's 30 minutes would make an idle-timeout test wait half an hour). A plain component in
 * the test sources: the shared context's component scan picks it up, so no extra context starts.
 */
@Component
public class LiveHttpSessions implements HttpSessionListener {

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    /** The live session with this id (ids change at login, the session object stays). */
    public Optional<HttpSession> byId(String id) {
        return sessions.stream().filter(s -> id.equals(s.getId())).findFirst();
    }
}

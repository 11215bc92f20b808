package se.kundlofte.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs the user out when Vaadin closes their idle session.
 *
 * <p>With {@code vaadin.closeIdleSessions=true} Vaadin closes a {@code VaadinSession} that has
 * seen no user activity for the HTTP session's timeout, although the page's heartbeats keep
 * coming. It only removes itself from the HTTP session, though: the heartbeats keep that HTTP
 * session, and the login stored in it, alive, so a reload would open a fresh UI for the same
 * user. Invalidating the HTTP session here ends the login too; the page's next request finds no
 * session and the browser lands on the login page.
 */
@Component
class IdleSessionLogout implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(IdleSessionLogout.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(IdleSessionLogout::endHttpSession);
    }

    private static void endHttpSession(SessionDestroyEvent event) {
        // Null when the HTTP session itself is being invalidated (logout, expiry, ended by an
        // administrator): then nothing is left to do.
        WrappedSession httpSession = event.getSession().getSession();
        if (httpSession == null) {
            return;
        }
        try {
            String id = httpSession.getId();
            httpSession.invalidate();
            log.info("Closed idle session {}: logged out", id);
        } catch (IllegalStateException alreadyInvalid) {
            // The container is expiring the session at this very moment.
        }
    }
}

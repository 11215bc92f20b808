package se.kundlofte.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Shown instead of a page that cannot be built because the database does not answer: a clear
 * "temporarily unavailable" with a way to try again, never a stack trace. Answers 503. The
 * connection pool reconnects by itself when the database is back, so trying again is enough.
 */
@AnonymousAllowed
public abstract sealed class DatabaseUnavailable extends Main
        permits DatabaseUnavailable.NoTransaction, DatabaseUnavailable.NoConnection {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    int show(BeforeEnterEvent event, ErrorParameter<?> parameter) {
        log.warn(
                "Page {} not shown, database unavailable: {}",
                event.getLocation().getPath(),
                parameter.getCaughtException().toString());
        removeAll();
        addClassName("unavailable-view");
        setId("database-unavailable");
        Anchor retry =
                new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.unavailable.retry"));
        add(
                new H1(getTranslation("error.unavailable.title")),
                new Paragraph(getTranslation("error.unavailable")),
                retry);
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    /** The transaction could not start: no connection. */
    public static final class NoTransaction extends DatabaseUnavailable
            implements HasErrorParameter<CannotCreateTransactionException> {

        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
            return show(event, parameter);
        }
    }

    /** A query outside a transaction found no connection. */
    public static final class NoConnection extends DatabaseUnavailable
            implements HasErrorParameter<DataAccessResourceFailureException> {

        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
            return show(event, parameter);
        }
    }
}

package se.kundlofte.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import se.kundlofte.base.DomainException;

/**
 * Errors in event handlers become a short translated message, never a stack trace. A domain
 * refusal ({@link DomainException}: a broken rule, invalid input, a conflicting edit, a gate, a
 * WIP limit) that no view caught shows its own message; anything else is "unexpected", with the
 * details in the log.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            UI ui = UI.getCurrent();
            if (refusal(cause) != null) {
                log.info("Refused in the UI: {}", String.valueOf(refusal(cause)));
            } else {
                log.error("Unhandled error in the UI ({})", messageKey(cause), cause);
            }
            if (ui != null) {
                ui.access(() -> Notifications.error(message(cause, (key, args) -> ui.getTranslation(key, args))));
            }
        }));
    }

    /** The text the user sees for the error, in the language of {@code translator}. */
    static String message(Throwable error, DomainException.Translator translator) {
        Object refusal = refusal(error);
        if (refusal instanceof DomainException domain) {
            return domain.message(translator);
        }
        if (refusal instanceof OptimisticLockingFailureException) {
            return translator.translate("conflict.message");
        }
        return translator.translate(messageKey(error));
    }

    /** The first domain refusal or lost optimistic lock in the cause chain, or null. */
    private static @Nullable Throwable refusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DomainException || t instanceof OptimisticLockingFailureException) {
                return t;
            }
        }
        return null;
    }

    static String messageKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return "error.forbidden";
            }
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException) {
                return "error.unavailable";
            }
        }
        return "error.unexpected";
    }
}

package se.kundlofte.base;

/**
 * An exception that refuses an operation for a reason the user can understand: it carries a
 * translated message, so that wherever it ends up (a form, the board, or the UI's last-resort
 * error handler) the user reads why, never "unexpected error".
 */
public interface DomainException {

    /** Turns a translation key and its arguments into text in the reader's language. */
    @FunctionalInterface
    interface Translator {
        String translate(String key, Object... args);
    }

    /** The message in the reader's language. */
    String message(Translator translator);
}

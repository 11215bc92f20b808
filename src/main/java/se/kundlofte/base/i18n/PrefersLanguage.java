package se.kundlofte.base.i18n;

/**
 * A logged-in principal that may have chosen a language. The security feature's user implements
 * it, so that i18n reads the choice without depending on security.
 */
public interface PrefersLanguage {

    /** {@code sv}, {@code en} or null when the user has not chosen. */
    String getPreferredLanguage();
}

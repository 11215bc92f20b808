package se.kundlofte.base.i18n;

import java.util.Locale;

/** Stores the logged-in user's language choice; implemented by the user feature. */
public interface LanguagePreference {

    void save(Locale locale);
}

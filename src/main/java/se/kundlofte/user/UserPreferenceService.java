package se.kundlofte.user;

import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.i18n.LanguagePreference;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission.Require;

/** The logged-in user's own settings. */
@Service
@PreAuthorize(Require.AUTHENTICATED)
public class UserPreferenceService implements LanguagePreference {

    private final AppUserRepository users;

    UserPreferenceService(AppUserRepository users) {
        this.users = users;
    }

    /** Remembers the user's language for their next login. */
    @Override
    @Transactional
    public void save(Locale locale) {
        users.updatePreferredLanguage(
                CurrentUser.require().getUserId(),
                TranslationProvider.supported(locale).getLanguage());
    }
}

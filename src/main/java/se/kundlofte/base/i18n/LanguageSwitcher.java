package se.kundlofte.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of each new UI: the choice made in this session, else the user's saved
 * preference, else the language cookie from the login page, else the browser's language.
 */
@Component
public class LanguageSwitcher implements VaadinServiceInitListener {

    static final String SESSION_KEY = "kundlofte.language";
    static final String COOKIE = "kundlofte-language";

    private final Optional<LanguagePreference> preference;

    LanguageSwitcher(Optional<LanguagePreference> preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> chosenLocale(init.getUI()).ifPresent(init.getUI()::setLocale));
    }

    /** Switches the current UI (and the rest of the session) to the language and remembers it. */
    public void switchTo(Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_KEY, supported.getLanguage());
        session.setLocale(supported);
        UI.getCurrent().setLocale(supported);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (request != null && request.getUserPrincipal() != null) {
            preference.ifPresent(p -> p.save(supported));
        }
    }

    private static Optional<Locale> chosenLocale(UI ui) {
        Object chosen = ui.getSession().getAttribute(SESSION_KEY);
        if (chosen instanceof String language) {
            return Optional.of(Locale.of(language));
        }
        Optional<String> saved = savedLanguage();
        if (saved.isPresent()) {
            ui.getSession().setAttribute(SESSION_KEY, saved.get());
            return saved.map(Locale::of);
        }
        return cookieLanguage().map(Locale::of);
    }

    private static Optional<String> savedLanguage() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PrefersLanguage user) {
            return Optional.ofNullable(user.getPreferredLanguage());
        }
        return Optional.empty();
    }

    private static Optional<String> cookieLanguage() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .filter(v -> v.equals("sv") || v.equals("en"))
                .findFirst();
    }
}

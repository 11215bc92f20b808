package se.kundlofte.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Swedish and English texts from {@code vaadin-i18n/translations_sv|en.properties}. Any other
 * locale gets English; a missing key shows as {@code !key!} so it is noticed, never as a crash.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(SWEDISH, ENGLISH);

    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    private record FormatKey(Locale locale, String key) {}

    /*
     * A page asks for hundreds of texts (the board: several per card), so the two bundles and each
     * parsed pattern are kept rather than looked up and parsed on every call. A MessageFormat is
     * not safe for two threads at once: each call formats with its own clone of the parsed one.
     */
    private final Map<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();
    private final Map<FormatKey, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale supported = supported(locale);
        try {
            String pattern = bundles.computeIfAbsent(supported, l -> ResourceBundle.getBundle(BUNDLE, l, NO_FALLBACK))
                    .getString(key);
            if (params.length == 0) {
                return pattern;
            }
            MessageFormat parsed =
                    formats.computeIfAbsent(new FormatKey(supported, key), k -> new MessageFormat(pattern, supported));
            return ((MessageFormat) parsed.clone()).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key + "!";
        }
    }

    /** The provided locale that best matches the given one: Swedish for any sv-*, else English. */
    public static Locale supported(Locale locale) {
        return locale != null && SWEDISH.getLanguage().equals(locale.getLanguage()) ? SWEDISH : ENGLISH;
    }
}

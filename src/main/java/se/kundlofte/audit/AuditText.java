package se.kundlofte.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** Turns an audit entry's field and values into the reader's language. */
public final class AuditText {

    public static final String NONE = "–";

    private AuditText() {}

    /** What the entry is about as shown: board columns are named by their stage. */
    public static String label(AuditEntry entry, Locale locale, BiFunction<String, Locale, String> translate) {
        return entry.subject() == AuditSubject.BOARD
                ? translate.apply("stage." + entry.subjectLabel(), locale)
                : entry.subjectLabel();
    }

    /** The value as shown: user text as written, codes translated, a dash for nothing. */
    public static String value(
            AuditEntry entry, String value, Locale locale, BiFunction<String, Locale, String> translate) {
        if (value == null) {
            return NONE;
        }
        if (!entry.coded()) {
            return value;
        }
        return Arrays.stream(value.split(", "))
                .map(key -> translate.apply(key, locale))
                .collect(Collectors.joining(", "));
    }
}

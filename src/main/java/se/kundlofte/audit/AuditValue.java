package se.kundlofte.audit;

import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One value as the audit log keeps it: user text as written, or translation keys (codes such as a
 * segment or yes/no) shown in the reader's language. A reference to another record is compared
 * by its id and named only when it is written, so an unchanged reference costs no lookup.
 */
public final class AuditValue {

    private static final AuditValue NONE = new AuditValue(null, () -> null, false);

    private final Object key;
    private final Supplier<String> shown;
    private final boolean coded;

    private AuditValue(Object key, Supplier<String> shown, boolean coded) {
        this.key = key;
        this.shown = shown;
        this.coded = coded;
    }

    public static AuditValue text(Object value) {
        String text = value == null ? "" : value.toString().strip();
        return text.isEmpty() ? NONE : new AuditValue(text, () -> text, false);
    }

    public static AuditValue code(String translationKey) {
        return translationKey == null ? NONE : new AuditValue(translationKey, () -> translationKey, true);
    }

    /** Several codes in a stable order, e.g. roles; nothing when there are none. */
    public static AuditValue codes(Stream<String> translationKeys) {
        String joined = translationKeys.sorted().collect(Collectors.joining(", "));
        return code(joined.isEmpty() ? null : joined);
    }

    public static AuditValue flag(boolean value) {
        return code(value ? "csv.yes" : "csv.no");
    }

    /** Another record by id, named by {@code name} only if the value is written. */
    public static AuditValue ref(Long id, LongFunction<String> name) {
        if (id == null) {
            return NONE;
        }
        // Looked up once, however many lines show it (e.g. one cause on every triaged contact).
        String[] named = new String[1];
        boolean[] looked = new boolean[1];
        return new AuditValue(
                id,
                () -> {
                    if (!looked[0]) {
                        named[0] = name.apply(id);
                        looked[0] = true;
                    }
                    return named[0];
                },
                false);
    }

    /** The text or keys written to the log. */
    public String value() {
        return shown.get();
    }

    public boolean coded() {
        return coded;
    }

    boolean sameAs(AuditValue other) {
        return Objects.equals(key, other.key);
    }
}

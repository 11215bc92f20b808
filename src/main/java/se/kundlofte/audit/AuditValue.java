package se.kundlofte.audit;

/**
 * One value as the audit log keeps it: user text as written, or a translation key (a code such as
 * a segment or yes/no) that is shown in the reader's language.
 */
public record AuditValue(String value, boolean coded) {

    public static AuditValue text(Object value) {
        if (value == null) {
            return new AuditValue(null, false);
        }
        String text = value.toString().strip();
        return new AuditValue(text.isEmpty() ? null : text, false);
    }

    public static AuditValue code(String translationKey) {
        return new AuditValue(translationKey, translationKey != null);
    }

    public static AuditValue flag(boolean value) {
        return code(value ? "csv.yes" : "csv.no");
    }
}

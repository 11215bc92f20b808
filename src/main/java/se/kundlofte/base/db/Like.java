package se.kundlofte.base.db;

/** Patterns for SQL {@code LIKE} (default escape character backslash) from text users type. */
public final class Like {

    private Like() {}

    /** The text with {@code \}, {@code %} and {@code _} escaped, so they match themselves. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Matches values containing the text (trimmed). */
    public static String contains(String text) {
        return "%" + escape(text.strip()) + "%";
    }
}

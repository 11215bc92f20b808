package se.kundlofte.promise;

import org.jspecify.annotations.Nullable;

/**
 * A review's decision with its rationale. "Change" carries the promise's new text (a new version);
 * "clarify" how it will be communicated. {@code wordingSeen}: the wording version the decision was
 * made on; when set and the promise was reworded since, the decision is refused as a conflict.
 */
public record ReviewForm(
        @Nullable ReviewDecision decision,
        String rationale,
        @Nullable String communication,
        @Nullable String newText,
        @Nullable Integer wordingSeen) {

    public ReviewForm(
            @Nullable ReviewDecision decision,
            String rationale,
            @Nullable String communication,
            @Nullable String newText) {
        this(decision, rationale, communication, newText, null);
    }

    public ReviewForm withWordingSeen(int textVersion) {
        return new ReviewForm(decision, rationale, communication, newText, textVersion);
    }
}

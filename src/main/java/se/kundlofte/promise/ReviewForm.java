package se.kundlofte.promise;

import org.jspecify.annotations.Nullable;

/**
 * A review's decision with its rationale. "Change" carries the promise's new text (a new version);
 * "clarify" how it will be communicated.
 */
public record ReviewForm(
        @Nullable ReviewDecision decision,
        String rationale,
        @Nullable String communication,
        @Nullable String newText) {}

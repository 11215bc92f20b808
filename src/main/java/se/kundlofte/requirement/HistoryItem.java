package se.kundlofte.requirement;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One documented change: who, when, which field, old → new. */
public record HistoryItem(
        Instant changedAt,
        String changedBy,
        String field,
        @Nullable String oldValue,
        @Nullable String newValue) {

    /** Fields whose values are codes, and the translation key prefix of each. */
    public static final Map<String, String> CODES = Map.of(
            "stage", "stage.",
            "source", "source.",
            "applies", "answer.",
            "realistic", "answer.",
            "journeyStage", "journeyStage.",
            "effort", "effort.",
            "affectedRoles", "customerRole.");
}

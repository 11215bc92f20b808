package se.kundlofte.requirement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One documented change: who, when, which field, old → new. */
public record HistoryItem(
        Instant changedAt,
        String changedBy,
        String field,
        @Nullable String oldValue,
        @Nullable String newValue) {}

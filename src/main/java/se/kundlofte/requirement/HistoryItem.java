package se.kundlofte.requirement;

import java.time.Instant;

/** One documented change: who, when, which field, old → new. */
public record HistoryItem(Instant changedAt, String changedBy, String field, String oldValue, String newValue) {}

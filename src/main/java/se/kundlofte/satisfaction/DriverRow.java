package se.kundlofte.satisfaction;

import org.jspecify.annotations.Nullable;

/**
 * Satisfaction of one journey stage or segment beside the failure demand of the same customers
 * and period.
 *
 * @param key the stage or segment code; null for responses without a stage
 * @param failureRatio failure ÷ (value + failure) contacts, null without classified contacts
 * @param contacts the classified contacts behind the ratio
 */
public record DriverRow(
        @Nullable String key, Score score, @Nullable Double failureRatio, long contacts) {}

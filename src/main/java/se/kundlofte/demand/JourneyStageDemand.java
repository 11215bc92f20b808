package se.kundlofte.demand;

import org.jspecify.annotations.Nullable;

/** Value and failure contacts pointing at one journey stage in a period. */
public record JourneyStageDemand(long journeyStageId, long value, long failure) {

    /** Failure among the classified contacts (0..1), null without any. */
    public @Nullable Double ratio() {
        long classified = value + failure;
        return classified == 0 ? null : (double) failure / classified;
    }
}

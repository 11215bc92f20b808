package se.kundlofte.demand;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Value and failure contacts of one week or month. */
public record RatioPoint(LocalDate period, long value, long failure) {

    /** Failure ÷ (value + failure), or null without classified contacts. */
    public @Nullable Double ratio() {
        long classified = value + failure;
        return classified == 0 ? null : (double) failure / classified;
    }
}

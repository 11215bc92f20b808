package se.kundlofte.journey;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stage of a journey that is a gap, with every reason that makes it one.
 *
 * @param failureRatio the stage's failure demand ratio of the last 90 days (0..1), null without contacts
 */
public record StageGap(
        StageItem stage, Set<GapReason> reasons, @Nullable Double failureRatio) {

    /** Failure demand is the reason a requirement should name as its source; otherwise it comes from observing. */
    public boolean fromFailureDemand() {
        return reasons.contains(GapReason.FAILURE_DEMAND);
    }
}

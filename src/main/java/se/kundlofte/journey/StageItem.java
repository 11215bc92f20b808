package se.kundlofte.journey;

import java.time.Instant;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.JourneyPhase;

/** One stage of a journey with its lanes, as the map shows it. */
public record StageItem(
        long id,
        long version,
        long journeyId,
        int position,
        @Nullable String name,
        JourneyPhase phase,
        StageContent content,
        @Nullable Instant updatedAt,
        @Nullable String updatedByName) {

    /** Its name, or its phase's translated name. */
    public String label(UnaryOperator<String> translate) {
        return name == null ? translate.apply(phase.translationKey()) : name;
    }

    /** Nobody owns it. */
    public boolean ownerless() {
        return content.ownerDepartment() == null;
    }

    /** Our own processes do not cover it. */
    public boolean notCovered() {
        return content.coverage() == Coverage.NOT_COVERED;
    }
}

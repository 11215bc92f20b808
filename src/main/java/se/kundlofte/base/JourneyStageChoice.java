package se.kundlofte.base;

import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One stage of one journey, as a choice in a form or filter.
 *
 * @param journeyName null for the standard journey (translated {@code journey.standard})
 * @param stageName null while the stage carries its phase's name (translated)
 * @param phase the shared phase the stage belongs to; data pointing at the stage stores it too
 */
public record JourneyStageChoice(
        long id,
        long journeyId,
        @Nullable String journeyName,
        @Nullable String stageName,
        JourneyPhase phase) {

    /** "Journey › Stage" in the reader's language. */
    public String label(UnaryOperator<String> translate) {
        return journeyLabel(translate) + " › " + stageLabel(translate);
    }

    public String journeyLabel(UnaryOperator<String> translate) {
        return journeyName == null ? translate.apply("journey.standard") : journeyName;
    }

    public String stageLabel(UnaryOperator<String> translate) {
        return stageName == null ? translate.apply(phase.translationKey()) : stageName;
    }
}

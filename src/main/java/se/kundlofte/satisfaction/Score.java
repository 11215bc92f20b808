package se.kundlofte.satisfaction;

import org.jspecify.annotations.Nullable;

/**
 * One figure with what it rests on: NPS in points (−100..100), CSAT in percent satisfied, CES as
 * the mean score. {@code value} is null when there are no responses (no value, not 0). The 95 %
 * interval {@code lower..upper} is null when it cannot be computed (fewer than two responses).
 * {@code trusted} is false below {@link SatisfactionMetrics#MIN_TRUSTED} responses.
 *
 * @param easyShare CES only: the share (0..1) of easy answers (5–7)
 */
public record Score(
        SurveyType type,
        long responses,
        @Nullable Double value,
        @Nullable Double lower,
        @Nullable Double upper,
        boolean trusted,
        @Nullable Double easyShare) {

    public boolean hasValue() {
        return value != null;
    }
}

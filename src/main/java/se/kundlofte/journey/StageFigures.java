package se.kundlofte.journey;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.kundlofte.requirement.Stage;
import se.kundlofte.satisfaction.Score;

/**
 * The live figures of one journey stage: what points at the stage itself (requirements and
 * contacts by their journey stage), and what is known only per phase (satisfaction, promises).
 *
 * @param requirements requirements pointing at the stage per lifecycle stage; zero counts left out
 * @param failure failure contacts pointing at the stage in the last {@link JourneyFiguresService#FAILURE_DAYS} days
 * @param value value contacts pointing at the stage in the same days
 * @param failureRatio failure among those classified (0..1), null without any
 * @param satisfaction NPS of the journey's customers (its segment, or all) in the stage's phase,
 *     the last {@link JourneyFiguresService#SATISFACTION_MONTHS} months
 * @param promises active promises of the stage's phase that reach the journey's customers
 */
public record StageFigures(
        long stageId,
        Map<Stage, Long> requirements,
        long failure,
        long value,
        @Nullable Double failureRatio,
        Score satisfaction,
        List<StagePromise> promises) {

    public StageFigures {
        EnumMap<Stage, Long> counts = new EnumMap<>(Stage.class);
        requirements.forEach((stage, count) -> {
            if (count != null && count > 0) {
                counts.put(stage, count);
            }
        });
        requirements = Collections.unmodifiableMap(counts);
        promises = List.copyOf(promises);
    }

    /** Requirements pointing at the stage, whatever their lifecycle stage. */
    public long requirementTotal() {
        return requirements.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Classified contacts pointing at the stage in the period: value plus failure (the ratio's base). */
    public long classifiedContacts() {
        return value + failure;
    }
}

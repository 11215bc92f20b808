package se.kundlofte.base;

import java.util.List;
import java.util.Optional;

/**
 * The stages of the journey maps, for the forms, filters and services of features that sit below
 * the journey package (requirements, demand): they point at a stage without knowing journeys.
 * Implemented by the journey package.
 */
public interface JourneyStageChoices {

    /** Every stage of every journey: journey by journey (the standard journey first), in map order. */
    List<JourneyStageChoice> all();

    /** The stage, or empty when it does not exist (any more). */
    Optional<JourneyStageChoice> find(long stageId);
}

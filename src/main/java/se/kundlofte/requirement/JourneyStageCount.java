package se.kundlofte.requirement;

/** How many requirements pointing at one journey stage are in one lifecycle stage. */
public record JourneyStageCount(long journeyStageId, Stage stage, long requirements) {}

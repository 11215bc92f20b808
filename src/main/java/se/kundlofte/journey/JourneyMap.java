package se.kundlofte.journey;

import java.util.List;

/** A journey and its stages in map order. */
public record JourneyMap(JourneyDetails journey, List<StageItem> stages) {}

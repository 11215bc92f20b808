package se.kundlofte.promise;

import java.util.List;
import se.kundlofte.base.JourneyPhase;

/** An active promise that touches journey phases, with its health today (for the journey map). */
public record JourneyPromise(long id, String title, List<JourneyPhase> phases, HealthStatus health) {}

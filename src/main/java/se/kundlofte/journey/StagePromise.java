package se.kundlofte.journey;

import se.kundlofte.promise.HealthStatus;

/** A promise that touches a stage's phase and reaches the journey's customers, with its health today. */
public record StagePromise(long id, String title, HealthStatus health) {}

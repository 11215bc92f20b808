package se.kundlofte.demand;

/** How many failure-demand contacts were tagged "promise broken" with a promise in a period. */
public record PromiseFailures(long promiseId, long failures) {}

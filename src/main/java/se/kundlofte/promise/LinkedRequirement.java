package se.kundlofte.promise;

/** A requirement created to keep a promise. */
public record LinkedRequirement(long id, String title, String stage) {}

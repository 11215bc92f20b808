package se.kundlofte.requirement;

/** Published after a requirement changed and the change is committed; open boards refresh on it. */
public record RequirementChanged(long requirementId, Stage stage) {}

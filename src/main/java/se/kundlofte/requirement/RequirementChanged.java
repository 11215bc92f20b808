package se.kundlofte.requirement;

/**
 * Published after a requirement changed and the change is committed; open boards re-read the
 * columns it names. A move names both columns in one event ({@code from} differs from
 * {@code stage}); any other change names the card's column twice.
 */
public record RequirementChanged(long requirementId, Stage stage, Stage from) {

    public RequirementChanged(long requirementId, Stage stage) {
        this(requirementId, stage, stage);
    }
}

package se.kundlofte.requirement;

/** A requirement in a list: title, stage, priority. */
public record RequirementSummary(long id, String title, Stage stage, boolean critical, Integer score) {

    public Priority priority() {
        return Priority.of(critical, score);
    }
}

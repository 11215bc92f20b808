package se.kundlofte.requirement;

import org.jspecify.annotations.Nullable;

/** A requirement in a list: title, stage, priority. */
public record RequirementSummary(
        long id,
        String title,
        Stage stage,
        boolean critical,
        @Nullable Integer score) {

    public Priority priority() {
        return Priority.of(critical, score);
    }
}

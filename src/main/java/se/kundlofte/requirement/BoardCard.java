package se.kundlofte.requirement;

import java.time.Instant;

/** One card on the board. */
public record BoardCard(
        long id,
        long version,
        String title,
        Stage stage,
        String customerName,
        boolean critical,
        Integer score,
        String ownerName,
        Instant stageEnteredAt,
        long daysInStage,
        boolean overdueActions,
        Source source) {

    public Priority priority() {
        return Priority.of(critical, score);
    }
}

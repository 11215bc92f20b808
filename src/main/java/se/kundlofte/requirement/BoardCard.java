package se.kundlofte.requirement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One card on the board. */
public record BoardCard(
        long id,
        long version,
        String title,
        Stage stage,
        @Nullable String customerName,
        boolean critical,
        @Nullable Integer score,
        @Nullable String ownerName,
        Instant stageEnteredAt,
        long daysInStage,
        boolean overdueActions,
        Source source) {

    public Priority priority() {
        return Priority.of(critical, score);
    }
}

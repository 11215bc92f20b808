package se.kundlofte.satisfaction;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A follow-up with the response that caused it, as the lists and the close dialog show it. */
public record FollowUpItem(
        long id,
        long version,
        long responseId,
        SurveyType type,
        int score,
        LocalDate answeredOn,
        @Nullable String comment,
        long customerId,
        String customerName,
        @Nullable Long ownerId,
        @Nullable String ownerName,
        Instant createdAt,
        LocalDate dueOn,
        boolean overdue,
        @Nullable Instant closedAt,
        @Nullable String closedByName,
        @Nullable String actionTaken,
        @Nullable Boolean customerContacted,
        @Nullable Long requirementId) {

    public boolean closed() {
        return closedAt != null;
    }
}

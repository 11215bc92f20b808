package se.kundlofte.promise;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A "change, clarify or leave?" review, open or decided, with the event that opened it. */
public record ReviewItem(
        long id,
        long version,
        long promiseId,
        String promiseTitle,
        long ownerId,
        String ownerName,
        long beyondId,
        String beyondWhat,
        String customerName,
        @Nullable BigDecimal estimatedCost,
        Instant openedAt,
        @Nullable ReviewDecision decision,
        @Nullable String rationale,
        @Nullable String communication,
        @Nullable Integer newVersionNo,
        @Nullable String decidedByName,
        @Nullable Instant decidedAt) {

    public boolean open() {
        return decision == null;
    }
}

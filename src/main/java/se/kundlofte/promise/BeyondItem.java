package se.kundlofte.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A beyond-the-promise event with the state of the review it opened. */
public record BeyondItem(
        long id,
        long promiseId,
        String promiseTitle,
        long customerId,
        String customerName,
        String what,
        LocalDate occurredOn,
        @Nullable BigDecimal estimatedCost,
        @Nullable String approvedByName,
        long reviewId,
        @Nullable ReviewDecision decision) {}

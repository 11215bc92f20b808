package se.kundlofte.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** We delivered more than promised: what, for whom, when, at what estimated cost, approved by whom. */
public record BeyondForm(
        @Nullable Long customerId,
        String what,
        @Nullable LocalDate occurredOn,
        @Nullable BigDecimal estimatedCost,
        @Nullable Long approvedBy) {}

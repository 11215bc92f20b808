package se.kundlofte.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * We delivered more than promised: what, for whom, when, at what estimated cost, approved by whom.
 * {@code wordingSeen}: as {@link CheckForm#wordingSeen()} ("more than promised" is measured
 * against the wording).
 */
public record BeyondForm(
        @Nullable Long customerId,
        String what,
        @Nullable LocalDate occurredOn,
        @Nullable BigDecimal estimatedCost,
        @Nullable Long approvedBy,
        @Nullable Integer wordingSeen) {

    public BeyondForm(
            @Nullable Long customerId,
            String what,
            @Nullable LocalDate occurredOn,
            @Nullable BigDecimal estimatedCost,
            @Nullable Long approvedBy) {
        this(customerId, what, occurredOn, estimatedCost, approvedBy, null);
    }

    public BeyondForm withWordingSeen(int textVersion) {
        return new BeyondForm(customerId, what, occurredOn, estimatedCost, approvedBy, textVersion);
    }
}

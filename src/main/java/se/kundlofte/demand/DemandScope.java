package se.kundlofte.demand;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.kundlofte.customer.Segment;

/**
 * A set of customers and a period, as other features select them (satisfaction compares its
 * figures with the failure demand of the same customers and period): both days included; null or
 * false means "any". Start from {@link #between} and narrow with the {@code with…} methods.
 */
public record DemandScope(
        LocalDate from,
        LocalDate to,
        @Nullable Long customerId,
        @Nullable Long industryId,
        @Nullable Segment segment,
        boolean keyAccountsOnly,
        @Nullable String journeyStage) {

    public static DemandScope between(LocalDate from, LocalDate to) {
        return new DemandScope(from, to, null, null, null, false, null);
    }

    public DemandScope withCustomer(@Nullable Long customerId) {
        return new DemandScope(from, to, customerId, industryId, segment, keyAccountsOnly, journeyStage);
    }

    public DemandScope withIndustry(@Nullable Long industryId) {
        return new DemandScope(from, to, customerId, industryId, segment, keyAccountsOnly, journeyStage);
    }

    public DemandScope withSegment(@Nullable Segment segment) {
        return new DemandScope(from, to, customerId, industryId, segment, keyAccountsOnly, journeyStage);
    }

    public DemandScope withKeyAccountsOnly(boolean keyAccountsOnly) {
        return new DemandScope(from, to, customerId, industryId, segment, keyAccountsOnly, journeyStage);
    }

    public DemandScope withJourneyStage(@Nullable String journeyStage) {
        return new DemandScope(from, to, customerId, industryId, segment, keyAccountsOnly, journeyStage);
    }

    /** True when some customers are left out (the daily summary without customers cannot answer). */
    boolean narrowsCustomers() {
        return customerId != null || industryId != null || segment != null || keyAccountsOnly;
    }
}

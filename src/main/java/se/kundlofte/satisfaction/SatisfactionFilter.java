package se.kundlofte.satisfaction;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.kundlofte.customer.Segment;

/**
 * Which responses the trends, breakdowns and comments look at: a period (both days included) and
 * optional narrowing by customer; null or false means "any". Start from {@link #between} and narrow
 * with the {@code with…} methods.
 *
 * @param text words in the comment (the comments list only)
 */
public record SatisfactionFilter(
        LocalDate from,
        LocalDate to,
        @Nullable Long industryId,
        @Nullable Segment segment,
        @Nullable Long customerId,
        boolean keyAccountsOnly,
        @Nullable String journeyStage,
        @Nullable String text) {

    public static SatisfactionFilter between(LocalDate from, LocalDate to) {
        return new SatisfactionFilter(from, to, null, null, null, false, null, null);
    }

    public SatisfactionFilter withPeriod(LocalDate from, LocalDate to) {
        return new SatisfactionFilter(from, to, industryId, segment, customerId, keyAccountsOnly, journeyStage, text);
    }

    public SatisfactionFilter withIndustry(@Nullable Long industryId) {
        return new SatisfactionFilter(from, to, industryId, segment, customerId, keyAccountsOnly, journeyStage, text);
    }

    public SatisfactionFilter withSegment(@Nullable Segment segment) {
        return new SatisfactionFilter(from, to, industryId, segment, customerId, keyAccountsOnly, journeyStage, text);
    }

    public SatisfactionFilter withCustomer(@Nullable Long customerId) {
        return new SatisfactionFilter(from, to, industryId, segment, customerId, keyAccountsOnly, journeyStage, text);
    }

    public SatisfactionFilter withKeyAccountsOnly(boolean keyAccountsOnly) {
        return new SatisfactionFilter(from, to, industryId, segment, customerId, keyAccountsOnly, journeyStage, text);
    }

    public SatisfactionFilter withJourneyStage(@Nullable String journeyStage) {
        return new SatisfactionFilter(from, to, industryId, segment, customerId, keyAccountsOnly, journeyStage, text);
    }

    public SatisfactionFilter withText(@Nullable String text) {
        return new SatisfactionFilter(from, to, industryId, segment, customerId, keyAccountsOnly, journeyStage, text);
    }

    /** True when some customers are left out, so that the daily summary (which has no customers) cannot answer. */
    boolean narrowsCustomers() {
        return customerId != null || industryId != null || segment != null || keyAccountsOnly;
    }
}

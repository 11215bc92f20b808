package se.kundlofte.demand;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the analysis and its drill-down look at: a period (from inclusive, to inclusive) and
 * optional narrowing; null means "any". Start from {@link #all()} or {@link #between} and narrow
 * with the {@code with…} methods, so that no call site counts positions.
 */
public record DemandFilter(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long channelId,
        @Nullable Long causeId,
        @Nullable Long customerId,
        @Nullable Long industryId,
        @Nullable String journeyStage,
        @Nullable DemandKind kind,
        @Nullable Long promiseId) {

    /** Every contact, at any time. */
    public static DemandFilter all() {
        return new DemandFilter(null, null, null, null, null, null, null, null, null);
    }

    /** Every contact of the period (both days included). */
    public static DemandFilter between(LocalDate from, LocalDate to) {
        return all().withPeriod(from, to);
    }

    /** The {@code weeks} weeks up to and including {@code today}. */
    public static DemandFilter lastWeeks(int weeks, LocalDate today) {
        return between(today.minusWeeks(weeks), today);
    }

    public DemandFilter withPeriod(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new DemandFilter(from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId);
    }

    public DemandFilter withChannel(@Nullable Long channelId) {
        return new DemandFilter(from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId);
    }

    public DemandFilter withCause(@Nullable Long causeId) {
        return new DemandFilter(from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId);
    }

    public DemandFilter withCustomer(@Nullable Long customerId) {
        return new DemandFilter(from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId);
    }

    public DemandFilter withIndustry(@Nullable Long industryId) {
        return new DemandFilter(from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId);
    }

    public DemandFilter withJourneyStage(@Nullable String journeyStage) {
        return new DemandFilter(from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId);
    }

    public DemandFilter withKind(@Nullable DemandKind kind) {
        return new DemandFilter(from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId);
    }

    /** Only the contacts tagged "promise broken" with this promise. */
    public DemandFilter withPromise(@Nullable Long promiseId) {
        return new DemandFilter(from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId);
    }
}

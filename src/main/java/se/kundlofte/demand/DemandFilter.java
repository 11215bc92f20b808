package se.kundlofte.demand;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the analysis and its drill-down look at: a period (from inclusive, to inclusive) and
 * optional narrowing; null means "any". Start from {@link #all()} or {@link #between} and narrow
 * with the {@code with…} methods, so that no call site counts positions.
 *
 * @param journeyStage a phase code ({@code base.JourneyPhase}); {@code journeyStageId} one journey's stage
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
        @Nullable Long promiseId,
        @Nullable Long journeyStageId) {

    /** Every contact, at any time. */
    public static DemandFilter all() {
        return new DemandFilter(null, null, null, null, null, null, null, null, null, null);
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
        return new DemandFilter(
                from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId, journeyStageId);
    }

    public DemandFilter withChannel(@Nullable Long channelId) {
        return new DemandFilter(
                from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId, journeyStageId);
    }

    public DemandFilter withCause(@Nullable Long causeId) {
        return new DemandFilter(
                from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId, journeyStageId);
    }

    public DemandFilter withCustomer(@Nullable Long customerId) {
        return new DemandFilter(
                from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId, journeyStageId);
    }

    public DemandFilter withIndustry(@Nullable Long industryId) {
        return new DemandFilter(
                from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId, journeyStageId);
    }

    public DemandFilter withJourneyStage(@Nullable String journeyStage) {
        return new DemandFilter(
                from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId, journeyStageId);
    }

    public DemandFilter withKind(@Nullable DemandKind kind) {
        return new DemandFilter(
                from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId, journeyStageId);
    }

    /** Only the contacts tagged "promise broken" with this promise. */
    public DemandFilter withPromise(@Nullable Long promiseId) {
        return new DemandFilter(
                from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId, journeyStageId);
    }

    /**
     * Only the contacts pointing at this stage of a journey map (the daily summary, keyed by phase,
     * cannot answer then: the contacts are read over their journey-stage index).
     */
    public DemandFilter withJourneyStageId(@Nullable Long journeyStageId) {
        return new DemandFilter(
                from, to, channelId, causeId, customerId, industryId, journeyStage, kind, promiseId, journeyStageId);
    }
}

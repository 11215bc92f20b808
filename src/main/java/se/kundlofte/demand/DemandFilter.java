package se.kundlofte.demand;

import java.time.LocalDate;

/**
 * What the analysis and its drill-down look at: a period (from inclusive, to inclusive) and
 * optional narrowing; null means "any".
 */
public record DemandFilter(
        LocalDate from,
        LocalDate to,
        Long channelId,
        Long causeId,
        Long customerId,
        Long industryId,
        String journeyStage,
        DemandKind kind) {

    public static DemandFilter lastWeeks(int weeks) {
        LocalDate today = LocalDate.now();
        return new DemandFilter(today.minusWeeks(weeks), today, null, null, null, null, null, null);
    }

    public DemandFilter withKind(DemandKind kind) {
        return new DemandFilter(from, to, channelId, causeId, customerId, industryId, journeyStage, kind);
    }

    public DemandFilter withCause(Long causeId) {
        return new DemandFilter(from, to, channelId, causeId, customerId, industryId, journeyStage, kind);
    }

    public DemandFilter withPeriod(LocalDate from, LocalDate to) {
        return new DemandFilter(from, to, channelId, causeId, customerId, industryId, journeyStage, kind);
    }
}

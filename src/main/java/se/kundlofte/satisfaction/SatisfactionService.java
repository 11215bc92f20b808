package se.kundlofte.satisfaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.customer.Segment;
import se.kundlofte.demand.BreakdownRow;
import se.kundlofte.demand.DemandAnalysisService;
import se.kundlofte.demand.DemandScope;
import se.kundlofte.demand.Granularity;
import se.kundlofte.security.Permission.Require;

/**
 * How satisfied customers are: NPS, CSAT and CES per week or month with the responses and a 95 %
 * interval behind each point, by journey stage and segment beside the failure demand of the same
 * customers and period, and the comments. Every figure is one SQL aggregation; everyone reads it.
 */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.SATISFACTION_READ)
@Transactional(readOnly = true)
public class SatisfactionService {

    private final SatisfactionQueries queries;
    private final DemandAnalysisService demand;

    SatisfactionService(SatisfactionQueries queries, DemandAnalysisService demand) {
        this.queries = queries;
        this.demand = demand;
    }

    /** The figure per week or month, oldest first; periods without responses are left out. */
    public List<TrendPoint> trend(SurveyType type, SatisfactionFilter filter, Granularity granularity) {
        return queries.trend(type, filter, granularity).stream()
                .map(p -> new TrendPoint(p.period(), SatisfactionMetrics.score(type, p.tally())))
                .toList();
    }

    /** The figure over the whole filter. */
    public Score total(SurveyType type, SatisfactionFilter filter) {
        return SatisfactionMetrics.score(type, queries.total(type, filter));
    }

    /** The figure per journey stage beside the failure demand ratio of the same customers, period and stage. */
    public List<DriverRow> byStage(SurveyType type, SatisfactionFilter filter) {
        Map<String, BreakdownRow> failure = new HashMap<>();
        demand.failureByStage(scope(filter)).forEach(row -> failure.put(Objects.toString(row.key(), ""), row));
        return rows(type, queries.byStage(type, filter), failure);
    }

    /**
     * The figure per journey phase (responses carry the phase, not a journey's own stage) for the
     * customers of a segment, or all customers when null, from {@code from} to {@code to}: one
     * GROUP BY. Every phase is in the result; one without responses has a score without a value.
     */
    public Map<JourneyPhase, Score> byPhase(SurveyType type, @Nullable Segment segment, LocalDate from, LocalDate to) {
        Map<JourneyPhase, Score> scores = new EnumMap<>(JourneyPhase.class);
        for (JourneyPhase phase : JourneyPhase.values()) {
            scores.put(phase, SatisfactionMetrics.score(type, Tally.NONE));
        }
        for (SatisfactionQueries.Keyed keyed :
                queries.byStage(type, SatisfactionFilter.between(from, to).withSegment(segment))) {
            JourneyPhase phase = phaseOf(keyed.key());
            if (phase != null) {
                scores.put(phase, SatisfactionMetrics.score(type, keyed.tally()));
            }
        }
        return scores;
    }

    private static @Nullable JourneyPhase phaseOf(@Nullable String code) {
        if (code == null) {
            return null;
        }
        try {
            return JourneyPhase.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The figure per customer segment beside the failure demand ratio of the same customers and period. */
    public List<DriverRow> bySegment(SurveyType type, SatisfactionFilter filter) {
        Map<String, BreakdownRow> failure = new HashMap<>();
        demand.failureBySegment(scope(filter)).forEach(row -> failure.put(Objects.toString(row.key(), ""), row));
        return rows(type, queries.bySegment(type, filter), failure);
    }

    /** Responses with a comment (of one type, or all when null), newest first, a page at a time. */
    public List<ResponseItem> comments(SatisfactionFilter filter, @Nullable SurveyType type, Pageable page) {
        return queries.comments(filter, type, page);
    }

    /** The customer's latest responses, for the customer page. */
    public List<ResponseItem> latestOf(long customerId, int limit) {
        return queries.latestOf(customerId, Math.min(limit, 50));
    }

    /** The customer a response is from (the audit log links a response to its customer's page). */
    public Optional<Long> customerOfResponse(long responseId) {
        return queries.customerOfResponse(responseId);
    }

    private static List<DriverRow> rows(
            SurveyType type, List<SatisfactionQueries.Keyed> tallies, Map<String, BreakdownRow> failure) {
        List<DriverRow> rows = new ArrayList<>();
        for (SatisfactionQueries.Keyed keyed : tallies) {
            BreakdownRow contacts = failure.get(Objects.toString(keyed.key(), ""));
            rows.add(new DriverRow(
                    keyed.key(),
                    SatisfactionMetrics.score(type, keyed.tally()),
                    contacts == null ? null : contacts.ratio(),
                    contacts == null ? 0 : contacts.value() + contacts.failure()));
        }
        rows.sort(java.util.Comparator.comparing(
                r -> r.score().value() == null ? Double.MAX_VALUE : r.score().value()));
        return rows;
    }

    private static DemandScope scope(SatisfactionFilter f) {
        return DemandScope.between(f.from(), f.to())
                .withCustomer(f.customerId())
                .withIndustry(f.industryId())
                .withSegment(f.segment())
                .withKeyAccountsOnly(f.keyAccountsOnly())
                .withJourneyStage(f.journeyStage());
    }
}

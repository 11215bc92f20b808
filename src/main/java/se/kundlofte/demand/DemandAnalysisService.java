package se.kundlofte.demand;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Source;
import se.kundlofte.requirement.Stage;
import se.kundlofte.security.Permission.Require;

/**
 * How much of our work is failure demand, where it comes from, and whether the work it led to
 * helped. Every figure is one SQL aggregation; everyone reads it.
 */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.DEMAND_READ)
@Transactional(readOnly = true)
public class DemandAnalysisService {

    static final int MAX_WEEKS_COMPARED = 12;

    private final DemandQueries queries;
    private final DemandReferenceService references;
    private final RequirementService requirements;
    private final TranslationProvider translations;
    private final DemandBulkRepository bulk;
    private final BusinessTime time;
    private final DemandScopeQueries scopes;

    DemandAnalysisService(
            DemandQueries queries,
            DemandReferenceService references,
            RequirementService requirements,
            TranslationProvider translations,
            DemandBulkRepository bulk,
            BusinessTime time,
            DemandScopeQueries scopes) {
        this.time = time;
        this.scopes = scopes;
        this.queries = queries;
        this.references = references;
        this.requirements = requirements;
        this.translations = translations;
        this.bulk = bulk;
    }

    /** Value and failure contacts per week or month. */
    public List<RatioPoint> ratio(DemandFilter filter, Granularity granularity) {
        return queries.ratio(filter, granularity);
    }

    /** Failure causes by count, with the cumulative share. */
    public List<ParetoBar> pareto(DemandFilter filter) {
        return queries.pareto(filter);
    }

    /** The top rows (by failure demand) of a breakdown. */
    public List<BreakdownRow> breakdown(DemandFilter filter, Breakdown by, int limit) {
        return queries.breakdown(filter, by, Math.min(limit, 100));
    }

    /**
     * Value and failure contacts of the scope's customers and period per journey stage (key: the
     * stage code, null for contacts without a stage), for figures set beside failure demand.
     */
    public List<BreakdownRow> failureByStage(DemandScope scope) {
        return scopes.byStage(scope);
    }

    /** Value and failure contacts of the scope's customers and period per customer segment (key: its code). */
    public List<BreakdownRow> failureBySegment(DemandScope scope) {
        return scopes.bySegment(scope);
    }

    /**
     * Did it help? For each requirement linked to a cause that has reached Monitored: the cause's
     * failure demand in the same number of weeks (at most 12) before and after that day.
     */
    public List<BeforeAfter> beforeAfter() {
        List<DemandQueries.MonitoredLink> links = queries.monitoredLinks();
        List<BeforeAfter> result = new ArrayList<>();
        Instant now = time.now();
        for (DemandQueries.MonitoredLink link : links) {
            long requirementId = link.requirementId();
            Instant changed =
                    requirements.enteredStage(requirementId, Stage.MONITORED).orElse(null);
            if (changed == null) {
                continue;
            }
            int weeks = (int) Math.max(
                    1,
                    Math.min(MAX_WEEKS_COMPARED, Duration.between(changed, now).toDays() / 7));
            Duration span = Duration.ofDays(7L * weeks);
            result.add(new BeforeAfter(
                    requirementId,
                    link.title(),
                    link.causeSv(),
                    link.causeEn(),
                    LocalDate.ofInstant(changed, time.zone()),
                    weeks,
                    queries.failures(link.causeId(), changed.minus(span), changed),
                    queries.failures(link.causeId(), changed, changed.plus(span))));
        }
        return result;
    }

    /**
     * Turns a failure cause into work: a requirement in Identified with source "failure demand",
     * the customers' own words of the sample contacts as its description, linked to the cause and
     * to those contacts.
     */
    @Transactional
    @PreAuthorize(Require.REQUIREMENT_CREATE)
    public RequirementDetails createRequirement(long causeId, List<Long> sampleContactIds, Locale locale) {
        ReferenceItem cause = references.causes(true).stream()
                .filter(c -> c.id() == causeId)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("demand.error.causeNotFound"));
        Locale language = TranslationProvider.supported(locale);
        List<DemandItem> samples =
                queries.byIds(sampleContactIds.stream().limit(20).toList());
        String quotes =
                samples.stream().limit(5).map(s -> "“" + s.words() + "”").collect(Collectors.joining("\n"));
        Instant now = time.now();
        long count = queries.failures(causeId, now.minus(Duration.ofDays(90)), now);
        RequirementDetails requirement = requirements.create(RequirementForm.of(
                        translations.getTranslation("demand.toRequirement.title", language, cause.name(language)),
                        Source.FAILURE_DEMAND)
                .withDescription(translations.getTranslation("demand.toRequirement.description", language, count)
                        + (quotes.isEmpty() ? "" : "\n\n" + quotes))
                .withCustomer(
                        samples.stream()
                                                .map(DemandItem::customerId)
                                                .filter(java.util.Objects::nonNull)
                                                .distinct()
                                                .count()
                                        == 1
                                ? samples.getFirst().customerId()
                                : null)
                .withSourceReference(
                        translations.getTranslation("demand.toRequirement.reference", language, cause.name(language))));
        bulk.linkCause(causeId, requirement.id());
        for (DemandItem sample : samples) {
            bulk.linkContact(sample.id(), requirement.id());
        }
        return requirement;
    }

    /**
     * The failure-demand contacts tagged "promise broken" with each promise, from {@code from} to
     * {@code to} (both days included, cut at the same UTC midnights as the drill-down lists).
     */
    public List<PromiseFailures> promiseFailures(java.util.Collection<Long> promiseIds, LocalDate from, LocalDate to) {
        return queries.promiseFailures(
                promiseIds,
                from.atStartOfDay().toInstant(DemandQueries.SUMMARY_ZONE),
                to.plusDays(1).atStartOfDay().toInstant(DemandQueries.SUMMARY_ZONE));
    }

    /**
     * Value and failure contacts pointing at each of these journey stages from {@code from} to
     * {@code to} (both days included, cut at the same UTC midnights as the analysis): one GROUP BY.
     * Stages without contacts are left out.
     */
    public List<JourneyStageDemand> byJourneyStage(
            java.util.Collection<Long> journeyStageIds, LocalDate from, LocalDate to) {
        return queries.byJourneyStage(
                journeyStageIds,
                from.atStartOfDay().toInstant(DemandQueries.SUMMARY_ZONE),
                to.plusDays(1).atStartOfDay().toInstant(DemandQueries.SUMMARY_ZONE));
    }

    /** The failure-demand contacts tagged with the promise per month, from {@code from} to {@code to} (inclusive). */
    public List<PromiseFailureMonth> promiseFailuresByMonth(long promiseId, LocalDate from, LocalDate to) {
        return queries.promiseFailuresByMonth(
                promiseId,
                from.atStartOfDay().toInstant(DemandQueries.SUMMARY_ZONE),
                to.plusDays(1).atStartOfDay().toInstant(DemandQueries.SUMMARY_ZONE));
    }
}

package se.kundlofte.demand;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.requirement.RequirementAccess;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Source;
import se.kundlofte.requirement.Stage;
import se.kundlofte.security.AppRoles;

/**
 * How much of our work is failure demand, where it comes from, and whether the work it led to
 * helped. Every figure is one SQL aggregation; everyone reads it.
 */
@Service
@RetryOnDeadlock
@PreAuthorize(AppRoles.ANY_ROLE)
@Transactional(readOnly = true)
public class DemandAnalysisService {

    static final int MAX_WEEKS_COMPARED = 12;

    private final DemandQueries queries;
    private final DemandReferenceService references;
    private final RequirementService requirements;
    private final TranslationProvider translations;
    private final JdbcTemplate jdbc;
    private final BusinessTime time;

    DemandAnalysisService(
            DemandQueries queries,
            DemandReferenceService references,
            RequirementService requirements,
            TranslationProvider translations,
            JdbcTemplate jdbc,
            BusinessTime time) {
        this.time = time;
        this.queries = queries;
        this.references = references;
        this.requirements = requirements;
        this.translations = translations;
        this.jdbc = jdbc;
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
     * Did it help? For each requirement linked to a cause that has reached Monitored: the cause's
     * failure demand in the same number of weeks (at most 12) before and after that day.
     */
    public List<BeforeAfter> beforeAfter() {
        List<Object[]> links = jdbc.query(
                "select cr.cause_id, cr.requirement_id, r.title, fc.name_sv, fc.name_en from cause_requirement cr "
                        + "join requirement r on r.id = cr.requirement_id join failure_cause fc on fc.id = cr.cause_id "
                        + "where r.stage = 'MONITORED' order by r.title",
                (rs, i) ->
                        new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)});
        List<BeforeAfter> result = new ArrayList<>();
        Instant now = time.now();
        for (Object[] link : links) {
            long requirementId = (Long) link[1];
            Instant changed =
                    requirements.enteredStage(requirementId, Stage.MONITORED).orElse(null);
            if (changed == null) {
                continue;
            }
            int weeks = (int) Math.max(
                    1,
                    Math.min(MAX_WEEKS_COMPARED, Duration.between(changed, now).toDays() / 7));
            Duration span = Duration.ofDays(7L * weeks);
            long cause = (Long) link[0];
            result.add(new BeforeAfter(
                    requirementId,
                    (String) link[2],
                    (String) link[3],
                    (String) link[4],
                    LocalDate.ofInstant(changed, time.zone()),
                    weeks,
                    queries.failures(cause, changed.minus(span), changed),
                    queries.failures(cause, changed, changed.plus(span))));
        }
        return result;
    }

    /** The one customer all samples are about, or null for several or none. */
    private static @Nullable Long onlyCustomer(List<DemandItem> samples) {
        List<Long> customers = samples.stream()
                .map(DemandItem::customerId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        return customers.size() == 1 ? customers.getFirst() : null;
    }

    /**
     * Turns a failure cause into work: a requirement in Identified with source "failure demand",
     * the customers' own words of the sample contacts as its description, linked to the cause and
     * to those contacts.
     */
    @Transactional
    @PreAuthorize(RequirementAccess.CREATE)
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
        jdbc.update(
                "insert into cause_requirement (cause_id, requirement_id, linked_at) values (?, ?, now(6))",
                causeId,
                requirement.id());
        for (DemandItem sample : samples) {
            jdbc.update(
                    "update demand set requirement_id = ? where id = ? and requirement_id is null",
                    requirement.id(),
                    sample.id());
        }
        return requirement;
    }
}

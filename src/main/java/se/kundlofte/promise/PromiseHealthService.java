package se.kundlofte.promise;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.demand.DemandAnalysisService;
import se.kundlofte.demand.DemandFilter;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.demand.DemandKind;
import se.kundlofte.demand.DemandService;
import se.kundlofte.demand.PromiseFailureMonth;
import se.kundlofte.demand.PromiseFailures;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.Permission.Require;

/**
 * Whether promises are kept: from the failure-demand contacts tagged with them (read from the
 * demand feature's query service) and from fulfilment checks, by {@link PromiseHealthRules}.
 */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.PROMISE_READ)
@Transactional(readOnly = true)
public class PromiseHealthService {

    static final int MONTHS = 12;

    private final PromiseQueries queries;
    private final PromiseRepository promises;
    private final PromiseCheckRepository checks;
    private final PromiseAudit audit;
    private final PromiseWording wording;
    private final DemandAnalysisService demandAnalysis;
    private final DemandService demands;
    private final BusinessTime time;

    PromiseHealthService(
            PromiseQueries queries,
            PromiseRepository promises,
            PromiseCheckRepository checks,
            PromiseAudit audit,
            PromiseWording wording,
            DemandAnalysisService demandAnalysis,
            DemandService demands,
            BusinessTime time) {
        this.queries = queries;
        this.promises = promises;
        this.checks = checks;
        this.audit = audit;
        this.wording = wording;
        this.demandAnalysis = demandAnalysis;
        this.demands = demands;
        this.time = time;
    }

    /** The promise's health today, over its own window. */
    public PromiseHealth health(long promiseId) {
        PromiseDetails p =
                queries.details(promiseId).orElseThrow(() -> new RuleViolationException("promise.error.notFound"));
        LocalDate today = time.today();
        LocalDate from = today.minusDays(p.thresholds().windowDays() - 1L);
        long failures = demandAnalysis.promiseFailures(List.of(promiseId), from, today).stream()
                .mapToLong(PromiseFailures::failures)
                .sum();
        long[] c = queries.checkCounts(List.of(promiseId), today).getOrDefault(promiseId, new long[3]);
        return health(p.thresholds(), from, today, failures, c);
    }

    /** The items with their health: one count of checks and one of contacts per distinct window. */
    List<PromiseListItem> withHealth(List<PromiseListItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        LocalDate today = time.today();
        Map<Long, long[]> checkCounts =
                queries.checkCounts(items.stream().map(PromiseListItem::id).toList(), today);
        Map<Long, Long> failures = new HashMap<>();
        Map<Integer, List<Long>> byWindow = items.stream()
                .collect(Collectors.groupingBy(
                        i -> i.thresholds().windowDays(),
                        Collectors.mapping(PromiseListItem::id, Collectors.toList())));
        byWindow.forEach((days, ids) -> demandAnalysis
                .promiseFailures(ids, today.minusDays(days - 1L), today)
                .forEach(f -> failures.put(f.promiseId(), f.failures())));
        List<PromiseListItem> result = new ArrayList<>(items.size());
        for (PromiseListItem item : items) {
            LocalDate from = today.minusDays(item.thresholds().windowDays() - 1L);
            result.add(item.withHealth(health(
                    item.thresholds(),
                    from,
                    today,
                    failures.getOrDefault(item.id(), 0L),
                    checkCounts.getOrDefault(item.id(), new long[3]))));
        }
        return result;
    }

    private static PromiseHealth health(HealthThresholds t, LocalDate from, LocalDate to, long failures, long[] c) {
        return new PromiseHealth(
                PromiseHealthRules.assess(t, failures, c[0], c[1], c[2]),
                from,
                to,
                failures,
                c[0],
                c[1],
                c[2],
                PromiseHealthRules.rate(c[0], c[1]));
    }

    /** The last twelve months (this one included): checks kept and not, tagged contacts, the rate. */
    public List<FulfilmentMonth> fulfilment(long promiseId) {
        YearMonth last = YearMonth.from(time.today());
        YearMonth first = last.minusMonths(MONTHS - 1L);
        LocalDate from = first.atDay(1);
        LocalDate to = last.atEndOfMonth();
        Map<YearMonth, long[]> checkMonths = queries.checksByMonth(promiseId, from, to);
        Map<YearMonth, Long> failureMonths = demandAnalysis.promiseFailuresByMonth(promiseId, from, to).stream()
                .collect(Collectors.toMap(PromiseFailureMonth::month, PromiseFailureMonth::failures));
        List<FulfilmentMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            long[] c = checkMonths.getOrDefault(m, new long[2]);
            months.add(new FulfilmentMonth(
                    m, c[0], c[1], failureMonths.getOrDefault(m, 0L), PromiseHealthRules.rate(c[0] + c[1], c[0])));
        }
        return months;
    }

    /** The checks behind a figure: from {@code from} to {@code to}, inclusive. */
    public List<CheckItem> checks(long promiseId, LocalDate from, LocalDate to) {
        return queries.checks(promiseId, from, to);
    }

    /** The tagged failure-demand contacts behind a figure, a page at a time. */
    public List<DemandItem> contacts(long promiseId, LocalDate from, LocalDate to, Pageable page) {
        return demands.contacts(
                DemandFilter.between(from, to).withPromise(promiseId).withKind(DemandKind.FAILURE), page);
    }

    /** Every contact ever tagged with the promise (evidence that forbids deleting it). */
    long taggedContactsEver(long promiseId) {
        return demandAnalysis
                .promiseFailures(
                        List.of(promiseId),
                        LocalDate.of(2000, 1, 1),
                        time.today().plusDays(1))
                .stream()
                .mapToLong(PromiseFailures::failures)
                .sum();
    }

    /**
     * Records a fulfilment check: our verdict, the customer's when known, and the evidence. A check
     * given against a wording the promise no longer has is refused as a conflict.
     */
    @Transactional
    @PreAuthorize(Require.PROMISE_EDIT)
    public CheckItem addCheck(long promiseId, CheckForm form) {
        Promise promise =
                promises.findById(promiseId).orElseThrow(() -> new RuleViolationException("promise.error.notFound"));
        wording.requireSeen(promiseId, form.wordingSeen());
        List<FieldError> errors = new ArrayList<>();
        if (form.checkedOn() == null) {
            errors.add(new FieldError("checkedOn", "validation.required"));
        } else if (form.checkedOn().isAfter(time.today())) {
            errors.add(new FieldError("checkedOn", "promise.error.future"));
        }
        if (form.kept() == null) {
            errors.add(new FieldError("kept", "validation.choose"));
        }
        PromiseService.required(errors, "evidence", form.evidence(), PromiseService.TEXT_MAX, "promise.error.evidence");
        FieldValidationException.throwIfAny(errors);
        KundlofteUser me = CurrentUser.get().orElse(null);
        PromiseCheck check = new PromiseCheck(promiseId, form, me == null ? null : me.getUserId(), time.now());
        checks.saveAndFlush(check);
        audit.recorded(
                promiseId,
                promise.title,
                Objects.equals(form.kept(), Boolean.TRUE) ? "promise.event.checkKept" : "promise.event.checkNotKept",
                form.evidence().strip());
        return queries.checks(promiseId, check.checkedOn, check.checkedOn).stream()
                .filter(c -> c.id() == check.getId())
                .findFirst()
                .orElseThrow();
    }
}

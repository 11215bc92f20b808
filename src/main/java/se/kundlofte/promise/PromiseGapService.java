package se.kundlofte.promise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.Permission.Require;
import se.kundlofte.user.UserDirectory;

/**
 * Where the customer's promise and ours part: what customers believed they were promised
 * (perceived promises), and what we delivered beyond the promise to keep them satisfied, each of
 * which opens a "change, clarify or leave?" review.
 */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.PROMISE_READ)
@Transactional(readOnly = true)
public class PromiseGapService {

    public static final int STAKEHOLDER_MAX = 200;
    static final BigDecimal MAX_COST = new BigDecimal("9999999999.99");

    private final PromiseRepository promises;
    private final PromisePerceivedRepository perceived;
    private final PromiseBeyondRepository beyond;
    private final PromiseReviewRepository reviews;
    private final PromiseQueries queries;
    private final PromiseAudit audit;
    private final PromiseWording wording;
    private final CustomerService customers;
    private final UserDirectory users;
    private final BusinessTime time;

    PromiseGapService(
            PromiseRepository promises,
            PromisePerceivedRepository perceived,
            PromiseBeyondRepository beyond,
            PromiseReviewRepository reviews,
            PromiseQueries queries,
            PromiseAudit audit,
            PromiseWording wording,
            CustomerService customers,
            UserDirectory users,
            BusinessTime time) {
        this.promises = promises;
        this.perceived = perceived;
        this.beyond = beyond;
        this.reviews = reviews;
        this.queries = queries;
        this.audit = audit;
        this.wording = wording;
        this.customers = customers;
        this.users = users;
        this.time = time;
    }

    /** What customers believed this promise said, newest first. */
    public List<PerceivedItem> perceived(long promiseId) {
        return queries.perceived(promiseId, null);
    }

    /** What this customer believed it was promised, newest first. */
    public List<PerceivedItem> perceivedForCustomer(long customerId) {
        return queries.perceived(null, customerId);
    }

    /** When we went beyond this promise, newest first, with each review's decision. */
    public List<BeyondItem> beyond(long promiseId) {
        return queries.beyond(promiseId, null);
    }

    /** When we went beyond a promise for this customer. */
    public List<BeyondItem> beyondForCustomer(long customerId) {
        return queries.beyond(null, customerId);
    }

    /**
     * Records what a customer believed they were promised, when it differs from ours; refused as a
     * conflict when given against a wording the promise no longer has.
     */
    @Transactional
    @PreAuthorize(Require.PROMISE_PERCEIVED)
    public PerceivedItem addPerceived(long promiseId, PerceivedForm form) {
        Promise promise = find(promiseId);
        wording.requireSeen(promiseId, form.wordingSeen());
        List<FieldError> errors = new ArrayList<>();
        customer(errors, form.customerId());
        PromiseService.required(errors, "believed", form.believed(), PromiseService.TEXT_MAX, "promise.error.believed");
        if (form.stakeholder() != null && form.stakeholder().strip().length() > STAKEHOLDER_MAX) {
            errors.add(new FieldError("stakeholder", "validation.tooLong", STAKEHOLDER_MAX));
        }
        PromiseService.optional(errors, "cameFrom", form.cameFrom());
        if (form.recordedOn() != null && form.recordedOn().isAfter(time.today())) {
            errors.add(new FieldError("recordedOn", "promise.error.future"));
        }
        FieldValidationException.throwIfAny(errors);
        PromisePerceived gap = new PromisePerceived(promiseId, form, time.today(), me(), time.now());
        perceived.saveAndFlush(gap);
        audit.recorded(promiseId, promise.title, "promise.event.perceived", gap.believed);
        return queries.perceived(promiseId, null).stream()
                .filter(p -> p.id() == gap.getId())
                .findFirst()
                .orElseThrow();
    }

    /**
     * Records that we delivered more than promised, and opens its review; refused as a conflict when
     * given against a wording the promise no longer has.
     */
    @Transactional
    @PreAuthorize(Require.PROMISE_PERCEIVED)
    public BeyondItem addBeyond(long promiseId, BeyondForm form) {
        Promise promise = find(promiseId);
        wording.requireSeen(promiseId, form.wordingSeen());
        List<FieldError> errors = new ArrayList<>();
        customer(errors, form.customerId());
        PromiseService.required(errors, "what", form.what(), PromiseService.TEXT_MAX, "promise.error.what");
        if (form.occurredOn() != null && form.occurredOn().isAfter(time.today())) {
            errors.add(new FieldError("occurredOn", "promise.error.future"));
        }
        if (form.estimatedCost() != null
                && (form.estimatedCost().signum() < 0 || form.estimatedCost().compareTo(MAX_COST) > 0)) {
            errors.add(new FieldError("estimatedCost", "promise.error.cost"));
        }
        if (form.approvedBy() != null && users.name(form.approvedBy()).isEmpty()) {
            errors.add(new FieldError("approvedBy", "validation.choose"));
        }
        FieldValidationException.throwIfAny(errors);
        PromiseBeyond event = new PromiseBeyond(promiseId, form, time.today(), me(), time.now());
        beyond.saveAndFlush(event);
        reviews.saveAndFlush(new PromiseReview(promiseId, event.getId(), time.now()));
        audit.recorded(promiseId, promise.title, "promise.event.beyond", event.what);
        return queries.beyond(promiseId, null).stream()
                .filter(b -> b.id() == event.getId())
                .findFirst()
                .orElseThrow();
    }

    private void customer(List<FieldError> errors, Long customerId) {
        if (customerId == null) {
            errors.add(new FieldError("customer", "promise.error.customer"));
            return;
        }
        try {
            customers.get(customerId);
        } catch (RuleViolationException notFound) {
            errors.add(new FieldError("customer", "validation.choose"));
        }
    }

    private Promise find(long id) {
        return promises.findById(id).orElseThrow(() -> new RuleViolationException("promise.error.notFound"));
    }

    private static Long me() {
        return CurrentUser.get().map(KundlofteUser::getUserId).orElse(null);
    }
}

package se.kundlofte.promise;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.Permission;
import se.kundlofte.security.Permission.Require;

/**
 * Seed 000's question after each beyond-the-promise event: change the promise, clarify it, or
 * leave it? The CEO decides any review, a promise's owner its own, always with a rationale.
 * "Change" makes a new version of the text; "clarify" records how it will be communicated.
 */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.PROMISE_READ)
@Transactional(readOnly = true)
public class PromiseReviewService {

    private final PromiseReviewRepository reviews;
    private final PromiseQueries queries;
    private final PromiseService promises;
    private final PromiseRepository promiseRepository;
    private final PromiseWording wording;
    private final PromiseAudit audit;
    private final BusinessTime time;

    PromiseReviewService(
            PromiseReviewRepository reviews,
            PromiseQueries queries,
            PromiseService promises,
            PromiseRepository promiseRepository,
            PromiseWording wording,
            PromiseAudit audit,
            BusinessTime time) {
        this.reviews = reviews;
        this.queries = queries;
        this.promises = promises;
        this.promiseRepository = promiseRepository;
        this.wording = wording;
        this.audit = audit;
        this.time = time;
    }

    /** The open reviews, oldest first (the CEO's list). */
    public List<ReviewItem> openReviews() {
        return queries.openReviews(200);
    }

    /** The reviews of one promise, open and decided, newest first. */
    public List<ReviewItem> reviews(long promiseId) {
        return queries.reviews(promiseId);
    }

    /** One review, open or decided, as it is stored now (a dialog reloads it after a conflict). */
    public ReviewItem review(long reviewId) {
        return queries.review(reviewId).orElseThrow(() -> new RuleViolationException("promise.error.reviewNotFound"));
    }

    /** Whether the current user may decide this review: the CEO, or the promise's owner. */
    public boolean mayDecide(ReviewItem review) {
        return CurrentUser.can(Permission.PROMISE_REVIEW_DECIDE)
                || CurrentUser.get().map(u -> u.getUserId() == review.ownerId()).orElse(false);
    }

    /**
     * Decides a review with a rationale; see the class comment for what each decision does. Refused
     * as a conflict when someone decided it meanwhile (its version) or reworded the promise since
     * the decider saw it ({@link ReviewForm#wordingSeen()}).
     */
    @Transactional
    public ReviewItem decide(long reviewId, long version, ReviewForm form) {
        PromiseReview review = reviews.findById(reviewId)
                .orElseThrow(() -> new RuleViolationException("promise.error.reviewNotFound"));
        ReviewItem item = queries.review(reviewId).orElseThrow();
        if (!mayDecide(item)) {
            throw new RuleViolationException("promise.error.notDecider");
        }
        review.checkVersion(version);
        if (review.decision != null) {
            throw new RuleViolationException("promise.error.alreadyDecided");
        }
        wording.requireSeen(item.promiseId(), form.wordingSeen());
        List<FieldError> errors = new ArrayList<>();
        if (form.decision() == null) {
            errors.add(new FieldError("decision", "validation.choose"));
        }
        PromiseService.required(
                errors, "rationale", form.rationale(), PromiseService.TEXT_MAX, "promise.error.rationale");
        if (form.decision() == ReviewDecision.CLARIFY) {
            PromiseService.required(
                    errors,
                    "communication",
                    form.communication(),
                    PromiseService.TEXT_MAX,
                    "promise.error.communication");
        }
        if (form.decision() == ReviewDecision.CHANGE) {
            PromiseService.required(errors, "newText", form.newText(), PromiseService.TEXT_MAX, "promise.error.text");
            if (errors.isEmpty()
                    && Objects.equals(
                            form.newText().strip(),
                            promises.get(item.promiseId()).text())) {
                errors.add(new FieldError("newText", "promise.error.sameText"));
            }
        }
        FieldValidationException.throwIfAny(errors);
        KundlofteUser me = CurrentUser.require();
        if (form.decision() == ReviewDecision.CHANGE) {
            Promise promise = promiseRepository.findById(item.promiseId()).orElseThrow();
            review.newVersionNo = wording.changeText(promise, form.newText(), form.rationale());
        }
        review.decision = form.decision();
        review.rationale = form.rationale().strip();
        review.communication =
                form.decision() == ReviewDecision.CLARIFY ? form.communication().strip() : null;
        review.decidedBy = me.getUserId();
        review.decidedAt = time.now();
        reviews.flush();
        audit.recorded(item.promiseId(), item.promiseTitle(), form.decision().translationKey(), review.rationale);
        return queries.review(reviewId).orElseThrow();
    }
}

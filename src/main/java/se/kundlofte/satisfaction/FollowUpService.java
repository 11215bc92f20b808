package se.kundlofte.satisfaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Source;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.Permission.Require;

/**
 * Closing the loop: the follow-ups of unhappy responses, listed until someone records what was done
 * and whether the customer was contacted. The owner closes their own; the CEO and administrators
 * any ({@link FollowUpAccess}). A follow-up can raise a requirement, and tag a broken promise when
 * the promise feature is there ({@link FollowUpPromises}).
 */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.SATISFACTION_READ)
@Transactional(readOnly = true)
public class FollowUpService {

    public static final int ACTION_MAX = 4000;

    private final FollowUpRepository followUps;
    private final SatisfactionQueries queries;
    private final RequirementService requirements;
    private final TranslationProvider translations;
    private final SatisfactionAudit audit;
    private final BusinessTime time;
    private final ObjectProvider<FollowUpPromises> promises;
    private final FollowUps rules;

    FollowUpService(
            FollowUpRepository followUps,
            SatisfactionQueries queries,
            RequirementService requirements,
            TranslationProvider translations,
            SatisfactionAudit audit,
            BusinessTime time,
            ObjectProvider<FollowUpPromises> promises,
            FollowUps rules) {
        this.followUps = followUps;
        this.queries = queries;
        this.requirements = requirements;
        this.translations = translations;
        this.audit = audit;
        this.time = time;
        this.promises = promises;
        this.rules = rules;
    }

    /** Follow-ups matching the filter: open ones first by due date, a page at a time. */
    public List<FollowUpItem> list(FollowUpFilter filter, Pageable page) {
        return queries.followUps(filter, time.today(), page);
    }

    /** The logged-in user's open follow-ups, the most urgent first. */
    public List<FollowUpItem> mine(int limit) {
        long me = CurrentUser.require().getUserId();
        return queries.followUps(
                FollowUpFilter.open().withOwner(me),
                time.today(),
                org.springframework.data.domain.PageRequest.of(0, Math.min(limit, 100)));
    }

    /** Open follow-ups (overdue ones only when asked), of one owner or of everyone. */
    public long countOpen(boolean overdueOnly, @Nullable Long ownerId) {
        return queries.countFollowUps(overdueOnly, ownerId, time.today());
    }

    public FollowUpItem get(long id) {
        return queries.followUp(id, time.today())
                .orElseThrow(() -> new RuleViolationException("satisfaction.followUp.error.notFound"));
    }

    /** The customer a follow-up concerns (the audit log links a follow-up to that customer's follow-ups). */
    public Optional<Long> customerOf(long id) {
        return queries.customerOfFollowUp(id);
    }

    /** Days after creation a follow-up becomes overdue. */
    public int overdueAfterDays() {
        return rules.days();
    }

    /** Records what was done and whether the customer was contacted; the owner, the CEO or an administrator. */
    @Transactional
    @PreAuthorize(Require.FOLLOW_UP_CLOSE)
    public FollowUpItem close(long id, long version, FollowUpCloseForm form) {
        FollowUp followUp = followUps
                .findById(id)
                .orElseThrow(() -> new RuleViolationException("satisfaction.followUp.error.notFound"));
        if (!FollowUpAccess.mayClose(followUp.ownerId)) {
            throw new RuleViolationException("satisfaction.followUp.error.notYours");
        }
        followUp.checkVersion(version);
        if (followUp.isClosed()) {
            throw new RuleViolationException("satisfaction.followUp.error.closed");
        }
        List<FieldError> errors = new ArrayList<>();
        String action = SurveyResponseRules.blankToNull(form.actionTaken());
        if (action == null) {
            errors.add(new FieldError("actionTaken", "validation.required"));
        } else if (action.length() > ACTION_MAX) {
            errors.add(new FieldError("actionTaken", "validation.tooLong", ACTION_MAX));
        }
        if (form.customerContacted() == null) {
            errors.add(new FieldError("contacted", "validation.choose"));
        }
        FieldValidationException.throwIfAny(errors);
        followUp.close(
                java.util.Objects.requireNonNull(action),
                Boolean.TRUE.equals(form.customerContacted()),
                time.now(),
                CurrentUser.get().map(KundlofteUser::getUserId).orElse(null));
        followUps.flush();
        audit.closed(followUp);
        return get(id);
    }

    /**
     * Raises a requirement from the follow-up in one step: source customer feedback, the customer's
     * comment as its description, linked back from the follow-up.
     */
    @Transactional
    @PreAuthorize(Require.REQUIREMENT_CREATE)
    public RequirementDetails raiseRequirement(long id, Locale locale) {
        FollowUp followUp = followUps
                .findById(id)
                .orElseThrow(() -> new RuleViolationException("satisfaction.followUp.error.notFound"));
        if (followUp.requirementId != null) {
            throw new RuleViolationException("satisfaction.followUp.error.hasRequirement");
        }
        ResponseItem response = queries.response(followUp.responseId).orElseThrow();
        Locale language = TranslationProvider.supported(locale);
        String title = translations.getTranslation(
                "satisfaction.toRequirement.title",
                language,
                response.type().name(),
                response.score(),
                response.customerName());
        RequirementDetails requirement = requirements.create(RequirementForm.of(title, Source.CUSTOMER_FEEDBACK)
                .withCustomer(followUp.customerId)
                .withDescription(response.comment() == null ? "" : "“" + response.comment() + "”")
                .withSourceReference(translations.getTranslation(
                        "satisfaction.toRequirement.reference",
                        language,
                        response.answeredOn().toString())));
        followUp.requirementId = requirement.id();
        followUps.flush();
        audit.requirementRaised(followUp, title);
        return requirement;
    }

    /** True when broken promises can be tagged (the promise feature is installed). */
    public boolean promisesAvailable() {
        return promises.getIfAvailable() != null;
    }

    /** The promises that apply to the follow-up's customer; none without the promise feature. */
    public List<FollowUpPromises.PromiseChoice> promisesFor(long id) {
        FollowUpPromises available = promises.getIfAvailable();
        return available == null ? List.of() : available.applicableTo(get(id).customerId());
    }

    /** Tags a broken promise from the follow-up in one step (who may close it may tag it). */
    @Transactional
    @PreAuthorize(Require.FOLLOW_UP_CLOSE)
    public void tagPromise(long id, long promiseId, @Nullable String note) {
        FollowUpPromises available = promises.getIfAvailable();
        if (available == null) {
            throw new RuleViolationException("satisfaction.followUp.error.noPromises");
        }
        FollowUpItem item = get(id);
        if (!FollowUpAccess.mayClose(item.ownerId())) {
            throw new RuleViolationException("satisfaction.followUp.error.notYours");
        }
        available.tag(id, item.customerId(), promiseId, note == null ? "" : note.trim());
    }
}

package se.kundlofte.promise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.audit.AuditValue;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.Segment;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.Permission;
import se.kundlofte.security.Permission.Require;
import se.kundlofte.user.UserDirectory;

/**
 * The promise register: what we promised, to whom, where, with its limits and owner. A change of
 * the wording keeps the old version with who, when and why; a promise with evidence is retired,
 * never deleted. Everyone reads; marketing and sales write.
 */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.PROMISE_READ)
@Transactional(readOnly = true)
public class PromiseService {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;

    private final PromiseRepository promises;
    private final PromiseVersionRepository versions;
    private final PromiseWording wording;
    private final PromiseQueries queries;
    private final PromiseHealthService health;
    private final PromiseAudit audit;
    private final CustomerService customers;
    private final RequirementService requirements;
    private final UserDirectory users;
    private final BusinessTime time;

    PromiseService(
            PromiseRepository promises,
            PromiseVersionRepository versions,
            PromiseWording wording,
            PromiseQueries queries,
            PromiseHealthService health,
            PromiseAudit audit,
            CustomerService customers,
            RequirementService requirements,
            UserDirectory users,
            BusinessTime time) {
        this.promises = promises;
        this.versions = versions;
        this.wording = wording;
        this.queries = queries;
        this.health = health;
        this.audit = audit;
        this.customers = customers;
        this.requirements = requirements;
        this.users = users;
        this.time = time;
    }

    /** A page of the register with each promise's health. */
    public List<PromiseListItem> list(PromiseFilter filter, Pageable page) {
        return health.withHealth(queries.list(filter, page));
    }

    public long count(PromiseFilter filter) {
        return queries.count(filter);
    }

    public PromiseDetails get(long id) {
        return queries.details(id).orElseThrow(() -> new RuleViolationException("promise.error.notFound"));
    }

    /** Every wording the promise has had, newest first. */
    public List<PromiseVersionItem> versions(long id) {
        return queries.versions(id);
    }

    /** The active promises that apply to the customer (to everyone, its segment, its industry or to it), with health. */
    public List<PromiseListItem> forCustomer(long customerId) {
        CustomerDetails customer = customers.get(customerId);
        return health.withHealth(
                queries.applicable(customer.id(), customer.segment(), customer.industryId(), time.today()));
    }

    /** The active promises that apply to the customer, or to every customer when none is given. */
    public List<PromiseListItem> activeFor(@Nullable Long customerId) {
        if (customerId == null) {
            return queries.applicable(null, null, null, time.today());
        }
        CustomerDetails customer = customers.get(customerId);
        return queries.applicable(customer.id(), customer.segment(), customer.industryId(), time.today());
    }

    /**
     * The active promises that touch journey phases and reach the customers of a segment (made to
     * everyone or to the segment; every such promise when the segment is null), with their health:
     * the promises lane of the journey map.
     */
    public List<JourneyPromise> forJourney(@Nullable Segment segment) {
        List<Map.Entry<PromiseListItem, List<JourneyPhase>>> found = queries.withPhases(segment, time.today());
        List<PromiseListItem> healthy =
                health.withHealth(found.stream().map(Map.Entry::getKey).toList());
        List<JourneyPromise> result = new java.util.ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            PromiseListItem item = healthy.get(i);
            result.add(new JourneyPromise(
                    item.id(),
                    item.title(),
                    found.get(i).getValue(),
                    item.health() == null
                            ? HealthStatus.NOT_MEASURED
                            : item.health().status()));
        }
        return result;
    }

    /** Records a new promise and its first version. */
    @Transactional
    @PreAuthorize(Require.PROMISE_EDIT)
    public PromiseDetails create(PromiseForm form) {
        validate(form, null, null);
        Instant now = time.now();
        Promise promise = new Promise(now);
        promise.apply(form, time.today(), now);
        promises.saveAndFlush(promise);
        wording.record(promise, null);
        audit.created(promise);
        return get(promise.getId());
    }

    /**
     * Changes a promise. When its title, text or limits change, the reason is required and the
     * old wording stays as a version.
     */
    @Transactional
    @PreAuthorize(Require.PROMISE_EDIT)
    public PromiseDetails update(long id, long version, PromiseForm form, @Nullable String reason) {
        Promise promise = find(id);
        promise.checkVersion(version);
        validate(form, promise, reason);
        Map<String, AuditValue> before = audit.values(promise);
        String oldWording = wording(promise);
        promise.apply(form, promise.validFrom, time.now());
        promises.flush();
        if (!oldWording.equals(wording(promise))) {
            wording.record(promise, reason);
        }
        audit.changed(promise, before);
        return get(id);
    }

    /** Retires a promise: it no longer applies, but keeps its history and evidence. */
    @Transactional
    @PreAuthorize(Require.PROMISE_EDIT)
    public PromiseDetails retire(long id, long version, boolean retired) {
        Promise promise = find(id);
        promise.checkVersion(version);
        Map<String, AuditValue> before = audit.values(promise);
        promise.retired = retired;
        promise.updatedAt = time.now();
        promises.flush();
        audit.changed(promise, before);
        return get(id);
    }

    /** Deletes a promise recorded by mistake; one with evidence attached can only be retired. */
    @Transactional
    @PreAuthorize(Require.PROMISE_EDIT)
    public void delete(long id, long version) {
        Promise promise = find(id);
        promise.checkVersion(version);
        if (queries.evidence(id) > 0 || health.taggedContactsEver(id) > 0) {
            throw new RuleViolationException("promise.error.hasEvidence");
        }
        audit.removed(promise);
        versions.deleteVersions(id);
        promises.delete(promise);
        promises.flush();
    }

    /** The owner (or an administrator) sets the thresholds of the promise's health rules. */
    @Transactional
    @PreAuthorize(Require.PROMISE_EDIT)
    public PromiseDetails setThresholds(long id, long version, HealthThresholds thresholds) {
        Promise promise = find(id);
        promise.checkVersion(version);
        KundlofteUser me = CurrentUser.require();
        if (!Objects.equals(promise.ownerId, me.getUserId())
                && !me.getRoles().contains(se.kundlofte.security.AppRoles.ADMIN)) {
            throw new RuleViolationException("promise.error.onlyOwnerThresholds");
        }
        FieldValidationException.throwIfAny(thresholds.problems());
        Map<String, AuditValue> before = audit.values(promise);
        promise.apply(thresholds);
        promise.updatedAt = time.now();
        promises.flush();
        audit.changed(promise, before);
        return get(id);
    }

    /** The requirements created to keep the promise. */
    public List<LinkedRequirement> requirements(long id) {
        return requirements.summaries(queries.requirementIds(id)).stream()
                .map(r -> new LinkedRequirement(r.id(), r.title(), r.stage().translationKey()))
                .toList();
    }

    /** The promises a requirement was created to keep, as (id, title). */
    public List<Map.Entry<Long, String>> promisesOfRequirement(long requirementId) {
        return queries.promisesOfRequirement(requirementId);
    }

    /**
     * Creates a requirement "to keep promise X" and links it to the promise. Creating the
     * requirement itself needs the right to create requirements as well.
     */
    @Transactional
    @PreAuthorize(Require.PROMISE_EDIT)
    public RequirementDetails createRequirement(long id, RequirementForm form) {
        Promise promise = find(id);
        RequirementDetails requirement = requirements.create(form);
        versions.linkRequirement(id, requirement.id(), time.now());
        audit.recorded(
                id, promise.title, "promise.event.requirement", "#" + requirement.id() + " " + requirement.title());
        return requirement;
    }

    Promise find(long id) {
        return promises.findById(id).orElseThrow(() -> new RuleViolationException("promise.error.notFound"));
    }

    private static String wording(Promise p) {
        return p.title + "\u0000" + p.text + "\u0000" + Objects.toString(p.limits, "");
    }

    private void validate(PromiseForm form, @Nullable Promise existing, @Nullable String reason) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "title", form.title(), TITLE_MAX, "promise.error.title");
        required(errors, "text", form.text(), TEXT_MAX, "promise.error.text");
        optional(errors, "limits", form.limits());
        optional(errors, "answerIssuer", form.answers().issuer());
        optional(errors, "answerIncludes", form.answers().includes());
        optional(errors, "answerNotTooMuch", form.answers().notTooMuch());
        optional(errors, "answerWhyMatters", form.answers().whyMatters());
        if (form.scope() == null) {
            errors.add(new FieldError("scope", "promise.error.scope"));
        } else {
            switch (form.scope()) {
                case SEGMENT -> {
                    if (form.segment() == null) {
                        errors.add(new FieldError("segment", "promise.error.segment"));
                    }
                }
                case INDUSTRY -> {
                    if (form.industryId() == null) {
                        errors.add(new FieldError("industry", "promise.error.industry"));
                    }
                }
                case CUSTOMER -> {
                    if (form.customerId() == null) {
                        errors.add(new FieldError("customer", "promise.error.customer"));
                    } else if (!customerExists(form.customerId())) {
                        errors.add(new FieldError("customer", "validation.choose"));
                    }
                }
                case ALL -> {}
            }
        }
        if (form.statedWhere() == null) {
            errors.add(new FieldError("statedWhere", "validation.choose"));
        }
        if (form.ownerId() == null) {
            errors.add(new FieldError("owner", "promise.error.owner"));
        } else if ((existing == null || !Objects.equals(existing.ownerId, form.ownerId()))
                && !users.isActiveWithPermission(form.ownerId(), Permission.PROMISE_OWN)) {
            errors.add(new FieldError("owner", "validation.choose"));
        }
        if (form.validFrom() == null && existing == null) {
            errors.add(new FieldError("validFrom", "validation.required"));
        }
        if (form.validFrom() != null && form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            errors.add(new FieldError("validTo", "promise.error.validTo"));
        }
        if (existing != null && (reason == null || reason.isBlank())) {
            boolean wordingChanged = !Objects.equals(existing.title, strip(form.title()))
                    || !Objects.equals(existing.text, strip(form.text()))
                    || !Objects.equals(existing.limits, Promise.blankToNull(form.limits()));
            if (wordingChanged) {
                errors.add(new FieldError("reason", "promise.error.reason"));
            }
        }
        if (reason != null && reason.strip().length() > TEXT_MAX) {
            errors.add(new FieldError("reason", "validation.tooLong", TEXT_MAX));
        }
        FieldValidationException.throwIfAny(errors);
    }

    private boolean customerExists(long customerId) {
        try {
            customers.get(customerId);
            return true;
        } catch (RuleViolationException notFound) {
            return false;
        }
    }

    private static @Nullable String strip(@Nullable String value) {
        return value == null ? null : value.strip();
    }

    static void required(List<FieldError> errors, String field, @Nullable String value, int max, String missingKey) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, missingKey));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }

    static void optional(List<FieldError> errors, String field, @Nullable String value) {
        if (value != null && value.strip().length() > TEXT_MAX) {
            errors.add(new FieldError(field, "validation.tooLong", TEXT_MAX));
        }
    }
}

package se.kundlofte.demand;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.JourneyStageChoices;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.Permission;
import se.kundlofte.security.Permission.Require;

/**
 * The demand log: customer service logs each contact in the customer's words, may correct or undo
 * its own entries for 24 hours, and classifies unclassified ones in bulk (triage).
 */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.DEMAND_READ)
@Transactional(readOnly = true)
public class DemandService {

    public static final int WORDS_MAX = 4000;
    public static final Duration CORRECTABLE_FOR = Duration.ofHours(24);

    private final DemandRepository demands;
    private final DemandQueries queries;
    private final DemandBulkRepository bulk;
    private final FailureCauseRepository causes;
    private final ContactChannelRepository channels;
    private final DemandAudit audit;
    private final BusinessTime time;
    private final org.springframework.beans.factory.ObjectProvider<ContactPromiseChoices> promises;
    private final JourneyStageChoices journeyStages;

    DemandService(
            DemandRepository demands,
            DemandQueries queries,
            DemandBulkRepository bulk,
            FailureCauseRepository causes,
            ContactChannelRepository channels,
            DemandAudit audit,
            BusinessTime time,
            org.springframework.beans.factory.ObjectProvider<ContactPromiseChoices> promises,
            JourneyStageChoices journeyStages) {
        this.promises = promises;
        this.journeyStages = journeyStages;
        this.audit = audit;
        this.time = time;
        this.demands = demands;
        this.queries = queries;
        this.bulk = bulk;
        this.causes = causes;
        this.channels = channels;
    }

    /** Logs a contact now, as the current user. */
    @Transactional
    @PreAuthorize(Require.DEMAND_LOG)
    public DemandItem log(DemandForm form) {
        form = validate(form);
        Demand demand = new Demand(
                time.now(), CurrentUser.get().map(KundlofteUser::getUserId).orElse(null));
        demand.apply(form);
        demands.saveAndFlush(demand);
        return queries.byIds(List.of(demand.getId())).getFirst();
    }

    /** Corrects an own entry within 24 hours (administrators any entry). */
    @Transactional
    @PreAuthorize(Require.DEMAND_LOG)
    public DemandItem correct(long id, long version, DemandForm form) {
        form = validate(form);
        Demand demand = ownRecent(id);
        demand.checkVersion(version);
        var before = audit.values(demand);
        demand.apply(form);
        demands.flush();
        audit.changed(demand, before);
        return queries.byIds(List.of(id)).getFirst();
    }

    /** Removes an own entry logged by mistake, within 24 hours. */
    @Transactional
    @PreAuthorize(Require.DEMAND_LOG)
    public void undo(long id, long version) {
        Demand demand = ownRecent(id);
        demand.checkVersion(version);
        audit.undone(demand);
        demands.delete(demand);
        demands.flush();
    }

    /** The current user's contacts of the last 24 hours, newest first. */
    public List<DemandItem> myRecent(int limit) {
        long me = CurrentUser.require().getUserId();
        return queries.recentBy(me, time.now().minus(CORRECTABLE_FOR), Math.min(limit, 100));
    }

    /** Contacts matching the filter, a page at a time, newest first (the drill-down). */
    public List<DemandItem> contacts(DemandFilter filter, Pageable page) {
        return queries.list(filter, page);
    }

    /** Classifies unclassified contacts in bulk; contacts someone else classified meanwhile are left alone. */
    @Transactional
    @PreAuthorize(Require.DEMAND_LOG)
    public int classify(List<Long> ids, DemandKind kind, @Nullable Long causeId) {
        if (ids.isEmpty()) {
            return 0;
        }
        if (kind == null || kind == DemandKind.UNCLASSIFIED) {
            throw new FieldValidationException(List.of(new FieldError("kind", "validation.choose")));
        }
        if (causeId != null && kind == DemandKind.FAILURE) {
            requireActive(causeId, "cause");
        }
        int changed = 0;
        for (List<Long> batch : batches(ids)) {
            // Lock the still unclassified ones: those are what this triage changes (and audits).
            java.util.Map<Long, String> open = bulk.lockUnclassified(batch);
            if (open.isEmpty()) {
                continue;
            }
            changed += bulk.classify(open.keySet(), kind, kind == DemandKind.FAILURE ? causeId : null);
            audit.classified(open, kind, kind == DemandKind.FAILURE ? causeId : null);
        }
        return changed;
    }

    /**
     * Tags failure contacts "promise broken" with a promise afterwards (e.g. when the promise was
     * registered after the contacts were logged); contacts already tagged, or not failures, are
     * left alone. Returns how many were tagged.
     */
    @Transactional
    @PreAuthorize(Require.DEMAND_LOG)
    public int tagPromise(List<Long> ids, long promiseId) {
        ContactPromiseChoices choices = promises.getIfAvailable();
        if (choices == null || !choices.exists(promiseId)) {
            throw new FieldValidationException(List.of(new FieldError("promise", "validation.choose")));
        }
        String title = choices.title(promiseId);
        int changed = 0;
        for (List<Long> batch : batches(ids)) {
            java.util.Map<Long, String> open = bulk.lockUntaggedFailures(batch);
            if (open.isEmpty()) {
                continue;
            }
            changed += bulk.tagPromise(open.keySet(), promiseId);
            audit.taggedPromise(open, title);
        }
        return changed;
    }

    /** How many contacts point at any of these journey stages (before they are removed), in one count. */
    @PreAuthorize(Require.JOURNEY_EDIT)
    public long journeyStageReferences(java.util.Collection<Long> journeyStageIds) {
        return queries.journeyStageReferences(journeyStageIds);
    }

    /**
     * Moves every contact of one journey stage to another, or keeps them on the same stage when
     * {@code toStageId == fromStageId} and only its phase changed: one UPDATE with the phase column
     * set to {@code toPhase} (the daily summary follows through its trigger). Returns how many
     * contacts were moved.
     */
    @Transactional
    @PreAuthorize(Require.JOURNEY_EDIT)
    public int reassignJourneyStage(long fromStageId, long toStageId, JourneyPhase toPhase) {
        return bulk.reassignJourneyStage(fromStageId, toStageId, toPhase.name());
    }

    private static List<List<Long>> batches(List<Long> ids) {
        List<List<Long>> batches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            batches.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return batches;
    }

    private Demand ownRecent(long id) {
        Demand demand = demands.findById(id).orElseThrow(() -> new RuleViolationException("demand.error.notFound"));
        KundlofteUser me = CurrentUser.require();
        boolean anyEntry = CurrentUser.can(Permission.DEMAND_CORRECT_ANY);
        if (!anyEntry && !Objects.equals(demand.loggedBy, me.getUserId())) {
            throw new RuleViolationException("demand.error.notYours");
        }
        if (!anyEntry && demand.loggedAt.isBefore(time.now().minus(CORRECTABLE_FOR))) {
            throw new RuleViolationException("demand.error.tooOld");
        }
        return demand;
    }

    /** Checks the form; returns it with the phase of its journey stage, when it points at one. */
    private DemandForm validate(DemandForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.journeyStageId() != null) {
            var stage = journeyStages.find(form.journeyStageId());
            if (stage.isEmpty()) {
                errors.add(new FieldError("stage", "journeyLink.error.stageGone"));
            } else {
                form = form.withJourneyStage(stage.get().phase().name());
            }
        }
        if (form.channelId() == null) {
            errors.add(new FieldError("channel", "validation.choose"));
        } else if (!channels.existsById(form.channelId())) {
            errors.add(new FieldError("channel", "validation.choose"));
        }
        if (form.words() == null || form.words().isBlank()) {
            errors.add(new FieldError("words", "demand.error.words"));
        } else if (form.words().trim().length() > WORDS_MAX) {
            errors.add(new FieldError("words", "validation.tooLong", WORDS_MAX));
        }
        if (form.causeId() != null && form.kind() == DemandKind.FAILURE && !causes.existsById(form.causeId())) {
            errors.add(new FieldError("cause", "validation.choose"));
        }
        if (form.customerId() != null && !queries.customerExists(form.customerId())) {
            errors.add(new FieldError("customer", "validation.choose"));
        }
        if (form.promiseId() != null && form.kind() == DemandKind.FAILURE) {
            ContactPromiseChoices choices = promises.getIfAvailable();
            if (choices == null || !choices.exists(form.promiseId())) {
                errors.add(new FieldError("promise", "validation.choose"));
            }
        }
        if (form.requirementId() != null && !queries.requirementExists(form.requirementId())) {
            errors.add(new FieldError("requirement", "validation.choose"));
        }
        FieldValidationException.throwIfAny(errors);
        return form;
    }

    private void requireActive(long causeId, String field) {
        if (!causes.existsByIdAndActiveTrue(causeId)) {
            throw new FieldValidationException(List.of(new FieldError(field, "validation.choose")));
        }
    }
}

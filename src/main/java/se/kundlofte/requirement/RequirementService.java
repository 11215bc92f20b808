package se.kundlofte.requirement;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
import se.kundlofte.customer.CustomerService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.Permission.Require;
import se.kundlofte.user.UserDirectory;

/**
 * Requirements: capture, details, analysis, priority, monitoring and rejection, each change
 * documented in the history. Moves and ranks are on {@link RequirementBoardService}.
 */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.REQUIREMENT_READ)
@Transactional(readOnly = true)
public class RequirementService {

    private final RequirementRepository requirements;
    private final RequirementQueries queries;
    private final RequirementHistory history;
    private final CustomerService customers;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final RequirementBoardService board;
    private final BusinessTime time;
    private final JourneyStageChoices journeyStages;

    RequirementService(
            RequirementRepository requirements,
            RequirementQueries queries,
            RequirementHistory history,
            CustomerService customers,
            UserDirectory users,
            ApplicationEventPublisher events,
            RequirementBoardService board,
            BusinessTime time,
            JourneyStageChoices journeyStages) {
        this.journeyStages = journeyStages;
        this.time = time;
        this.requirements = requirements;
        this.queries = queries;
        this.history = history;
        this.customers = customers;
        this.users = users;
        this.events = events;
        this.board = board;
    }

    public RequirementDetails get(long id) {
        return queries.details(id).orElseThrow(() -> new RuleViolationException("requirement.error.notFound"));
    }

    public List<HistoryItem> history(long id) {
        return history.of(id);
    }

    /** When the requirement last entered the stage, if it ever did (from its history). */
    public java.util.Optional<Instant> enteredStage(long id, Stage stage) {
        return history.of(id).stream()
                .filter(h -> h.field().equals("stage") && stage.name().equals(h.newValue()))
                .map(HistoryItem::changedAt)
                .findFirst();
    }

    /** Requirements whose title contains the text, newest first, a page at a time (for pickers). */
    public List<RequirementSummary> search(@Nullable String text, org.springframework.data.domain.Pageable page) {
        return queries.search(text, page);
    }

    /** A customer's requirements, for the customer page. */
    public List<RequirementSummary> forCustomer(long customerId) {
        return queries.forCustomer(customerId);
    }

    /** The requirements with these ids that still exist, in one read (for features that link to them). */
    public List<RequirementSummary> summaries(java.util.Collection<Long> ids) {
        return queries.summaries(ids);
    }

    /**
     * Requirements per journey stage and lifecycle stage, for these journey stages (one GROUP BY):
     * the live lane of the journey map. Zero counts are left out.
     */
    public List<JourneyStageCount> countsByJourneyStage(java.util.Collection<Long> journeyStageIds) {
        return queries.countsByJourneyStage(journeyStageIds);
    }

    /** How many requirements point at any of these journey stages (before they are removed), in one count. */
    @PreAuthorize(Require.JOURNEY_EDIT)
    public long journeyStageReferences(java.util.Collection<Long> journeyStageIds) {
        return queries.journeyStageReferences(journeyStageIds);
    }

    /**
     * Moves every requirement of one journey stage to another, or keeps them on the same stage
     * when {@code toStageId == fromStageId} and only its phase changed: one UPDATE, the phase
     * column set to {@code toPhase}, a phase change documented in each requirement's history.
     * Returns how many requirements were moved.
     */
    @Transactional
    @PreAuthorize(Require.JOURNEY_EDIT)
    public int reassignJourneyStage(long fromStageId, long toStageId, JourneyPhase toPhase) {
        history.recordPhaseMove(fromStageId, toPhase.name());
        return requirements.reassignJourneyStage(fromStageId, toStageId, toPhase.name());
    }

    /** Captures a requirement; it lands at the bottom of Identified. */
    @Transactional
    @PreAuthorize(Require.REQUIREMENT_CREATE)
    public RequirementDetails create(RequirementForm form) {
        form = validate(form);
        Long userId = CurrentUser.get().map(KundlofteUser::getUserId).orElse(null);
        // Like a move into Identified: the column lock keeps two new cards from sharing a rank.
        board.lockColumn(Stage.IDENTIFIED);
        Requirement requirement = new Requirement(time.now(), userId, requirements.maxRank(Stage.IDENTIFIED) + 1024);
        apply(requirement, form);
        requirements.saveAndFlush(requirement);
        history.record(requirement.getId(), "created", null, requirement.title);
        history.record(requirement.getId(), "stage", null, Stage.IDENTIFIED);
        changed(requirement);
        return get(requirement.getId());
    }

    @Transactional
    @PreAuthorize(Require.REQUIREMENT_EDIT_DETAILS)
    public RequirementDetails updateDetails(long id, long version, RequirementForm form) {
        form = validate(form);
        Requirement r = load(id, version);
        long rid = r.getId();
        history.record(rid, "title", r.title, clean(form.title()));
        history.record(rid, "description", r.description, clean(form.description()));
        history.record(rid, "customer", customerName(r.customerId), customerName(form.customerId()));
        history.record(rid, "source", r.source, form.source());
        history.record(rid, "sourceReference", r.sourceReference, clean(form.sourceReference()));
        history.record(rid, "formal", r.formal, form.formal());
        history.record(rid, "journeyStage", r.journeyStage, form.journeyStage());
        history.record(rid, "affectedRoles", sorted(r.getAffectedRoles()), sorted(form.affectedRoles()));
        history.record(rid, "owner", userName(r.ownerId), userName(form.ownerId()));
        history.record(rid, "dueDate", r.dueDate, form.dueDate());
        apply(r, form);
        return saved(r);
    }

    @Transactional
    @PreAuthorize(Require.REQUIREMENT_ANALYSE)
    public RequirementDetails updateAnalysis(long id, long version, AnalysisForm form) {
        FieldValidationException.throwIfAny(RequirementRules.check(form));
        Requirement r = load(id, version);
        long rid = r.getId();
        history.record(rid, "applies", r.applies, form.applies());
        history.record(rid, "appliesWhy", r.appliesWhy, clean(form.appliesWhy()));
        history.record(rid, "realistic", r.realistic, form.realistic());
        history.record(rid, "realisticWhy", r.realisticWhy, clean(form.realisticWhy()));
        history.record(rid, "constraints", r.constraintsNote, clean(form.constraintsNote()));
        history.record(rid, "effort", r.effort, form.effort());
        r.applies = form.applies();
        r.appliesWhy = clean(form.appliesWhy());
        r.realistic = form.realistic();
        r.realisticWhy = clean(form.realisticWhy());
        r.constraintsNote = clean(form.constraintsNote());
        r.effort = form.effort();
        return saved(r);
    }

    @Transactional
    @PreAuthorize(Require.REQUIREMENT_ANALYSE)
    public RequirementDetails updatePriority(long id, long version, PriorityForm form) {
        FieldValidationException.throwIfAny(RequirementRules.check(form));
        Requirement r = load(id, version);
        history.record(r.getId(), "customerValue", r.customerValue, form.customerValue());
        history.record(r.getId(), "risk", r.risk, form.risk());
        history.record(r.getId(), "critical", r.critical, form.critical());
        r.customerValue = form.customerValue();
        r.risk = form.risk();
        r.critical = form.critical();
        return saved(r);
    }

    @Transactional
    @PreAuthorize(Require.REQUIREMENT_ANALYSE)
    public RequirementDetails updateMonitoring(long id, long version, MonitoringForm form) {
        FieldValidationException.throwIfAny(RequirementRules.check(form));
        Requirement r = load(id, version);
        history.record(r.getId(), "indicator", r.indicator, clean(form.indicator()));
        history.record(r.getId(), "target", r.target, clean(form.target()));
        history.record(r.getId(), "nextReview", r.nextReview, form.nextReview());
        r.indicator = clean(form.indicator());
        r.target = clean(form.target());
        r.nextReview = form.nextReview();
        return saved(r);
    }

    /** The reason for rejecting; whether it was told to the customer (honesty, seed 002). */
    @Transactional
    @PreAuthorize(Require.REQUIREMENT_ANALYSE)
    public RequirementDetails updateRejection(long id, long version, RejectionForm form) {
        if (form.reason() != null && form.reason().trim().length() > RequirementRules.TEXT_MAX) {
            throw new FieldValidationException(
                    List.of(new FieldError("reason", "validation.tooLong", RequirementRules.TEXT_MAX)));
        }
        Requirement r = load(id, version);
        history.record(r.getId(), "rejectionReason", r.rejectionReason, clean(form.reason()));
        history.record(r.getId(), "rejectionCommunicated", r.rejectionCommunicated, form.communicated());
        r.rejectionReason = clean(form.reason());
        r.rejectionCommunicated = form.communicated();
        return saved(r);
    }

    /** Checks the form; returns it with the phase of its journey stage, when it points at one. */
    private RequirementForm validate(RequirementForm form) {
        List<FieldError> errors = new java.util.ArrayList<>(RequirementRules.check(form));
        if (form.journeyStageId() != null) {
            var stage = journeyStages.find(form.journeyStageId());
            if (stage.isEmpty()) {
                errors.add(new FieldError("journeyStage", "journeyLink.error.stageGone"));
            } else {
                form = form.withJourneyStage(stage.get().phase().name());
            }
        }
        if (form.customerId() != null) {
            try {
                customers.get(form.customerId());
            } catch (RuleViolationException e) {
                errors.add(new FieldError("customer", "validation.choose"));
            }
        }
        if (form.ownerId() != null && users.name(form.ownerId()).isEmpty()) {
            errors.add(new FieldError("owner", "validation.choose"));
        }
        FieldValidationException.throwIfAny(errors);
        return form;
    }

    private static void apply(Requirement r, RequirementForm form) {
        r.title = form.title().trim();
        r.description = clean(form.description());
        r.customerId = form.customerId();
        r.industryId = form.industryId();
        r.source = form.source();
        r.sourceReference = clean(form.sourceReference());
        r.formal = form.formal();
        r.journeyStage = form.journeyStage();
        r.journeyStageId = form.journeyStageId();
        r.setAffectedRoles(form.affectedRoles() == null ? java.util.Set.of() : form.affectedRoles());
        r.ownerId = form.ownerId();
        r.dueDate = form.dueDate();
    }

    private Requirement load(long id, long version) {
        Requirement r = requirements
                .findForUpdate(id)
                .orElseThrow(() -> new RuleViolationException("requirement.error.notFound"));
        r.checkVersion(version);
        return r;
    }

    private RequirementDetails saved(Requirement r) {
        requirements.flush();
        changed(r);
        return get(r.getId());
    }

    private void changed(Requirement r) {
        events.publishEvent(new RequirementChanged(r.getId(), r.getStage()));
    }

    private String customerName(Long customerId) {
        return customerId == null ? null : customers.get(customerId).name();
    }

    private String userName(Long userId) {
        return userId == null ? null : users.name(userId).orElse("#" + userId);
    }

    private static String sorted(java.util.Set<?> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().map(Object::toString).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    private static String clean(String value) {
        return RequirementRules.clean(value);
    }
}

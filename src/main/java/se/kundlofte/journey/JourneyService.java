package se.kundlofte.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
import se.kundlofte.demand.DemandService;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission.Require;

/**
 * Customer journey maps: journeys made from the template of the eight phases, their stages (added,
 * renamed, reordered, moved to another phase, removed) and the lanes of each stage. Everyone reads;
 * marketing and product development edit. A stage that requirements, contacts or observations point
 * at is removed only after they are moved to another stage, never losing what points at it.
 */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.JOURNEY_READ)
@Transactional(readOnly = true)
public class JourneyService {

    private final JourneyRepository journeys;
    private final JourneyStageRepository stages;
    private final JourneyObservationRepository observations;
    private final RequirementService requirements;
    private final DemandService demand;
    private final JourneyQueries queries;
    private final JourneyAudit audit;
    private final BusinessTime time;

    JourneyService(
            JourneyRepository journeys,
            JourneyStageRepository stages,
            JourneyObservationRepository observations,
            RequirementService requirements,
            DemandService demand,
            JourneyQueries queries,
            JourneyAudit audit,
            BusinessTime time) {
        this.journeys = journeys;
        this.stages = stages;
        this.observations = observations;
        this.requirements = requirements;
        this.demand = demand;
        this.queries = queries;
        this.audit = audit;
        this.time = time;
    }

    /** Every journey, the standard one first, with its stage and gap counts. */
    public List<JourneyListItem> list() {
        return queries.list();
    }

    /** A journey with its stages in map order. */
    public JourneyMap map(long journeyId) {
        JourneyDetails journey =
                queries.details(journeyId).orElseThrow(() -> new RuleViolationException("journey.error.notFound"));
        return new JourneyMap(journey, queries.stages(journeyId));
    }

    /** One stage with its lanes. */
    public StageItem stage(long stageId) {
        return queries.stage(stageId).orElseThrow(() -> new RuleViolationException("journey.error.stageNotFound"));
    }

    /** Creates a journey from the template: one stage per phase, in order, each named after its phase. */
    @Transactional
    @PreAuthorize(Require.JOURNEY_EDIT)
    public JourneyDetails create(JourneyForm form) {
        FieldValidationException.throwIfAny(JourneyRules.journey(form, false));
        Journey journey = new Journey(time.now());
        journey.apply(form, time.now());
        journeys.saveAndFlush(journey);
        int position = 0;
        for (JourneyPhase phase : JourneyPhase.values()) {
            stages.save(new JourneyStage(journey.getId(), position++, null, phase));
        }
        stages.flush();
        audit.created(journey);
        return map(journey.getId()).journey();
    }

    /** Changes a journey's name, description, segment and gap threshold. */
    @Transactional
    @PreAuthorize(Require.JOURNEY_EDIT)
    public JourneyDetails update(long journeyId, long version, JourneyForm form) {
        Journey journey = journey(journeyId);
        journey.checkVersion(version);
        FieldValidationException.throwIfAny(JourneyRules.journey(form, journey.standard));
        Map<String, AuditValue> before = audit.values(journey);
        journey.apply(form, time.now());
        journeys.flush();
        audit.changed(journey, before);
        return map(journeyId).journey();
    }

    /** Deletes a journey nothing points at; the standard journey stays. */
    @Transactional
    @PreAuthorize(Require.JOURNEY_EDIT)
    public void delete(long journeyId, long version) {
        Journey journey = journey(journeyId);
        journey.checkVersion(version);
        if (journey.standard) {
            throw new RuleViolationException("journey.error.deleteStandard");
        }
        List<JourneyStage> own = stages.findByJourneyIdOrderByPositionAscIdAsc(journeyId);
        if (references(own.stream().map(JourneyStage::getId).toList()).any()) {
            throw new RuleViolationException("journey.error.deleteInUse");
        }
        audit.removed(journey);
        stages.deleteAll(own);
        stages.flush();
        journeys.delete(journey);
        journeys.flush();
    }

    /** What points at a stage (asked before removing it). */
    @PreAuthorize(Require.JOURNEY_EDIT)
    public StageReferences references(long stageId) {
        return references(List.of(stageId));
    }

    /** What points at any of these stages: one count per kind, however many stages. */
    private StageReferences references(List<Long> stageIds) {
        return new StageReferences(
                requirements.journeyStageReferences(stageIds),
                demand.journeyStageReferences(stageIds),
                queries.observationCount(stageIds));
    }

    /**
     * Adds a stage at a position (0 = first; beyond the end = last); the stages from there on move
     * one place right.
     */
    @Transactional
    @PreAuthorize(Require.JOURNEY_EDIT)
    public StageItem addStage(long journeyId, @Nullable String name, @Nullable JourneyPhase phase, int position) {
        Journey journey = journey(journeyId);
        List<FieldError> errors = new ArrayList<>(JourneyRules.stageName(name));
        if (phase == null) {
            errors.add(new FieldError("phase", "journey.error.phase"));
        }
        FieldValidationException.throwIfAny(errors);
        List<JourneyStage> order = new ArrayList<>(stages.findByJourneyIdOrderByPositionAscIdAsc(journeyId));
        JourneyStage stage = new JourneyStage(journeyId, order.size(), name.strip(), Objects.requireNonNull(phase));
        stage.touched(time.now(), CurrentUser.require().getFullName());
        stages.saveAndFlush(stage);
        order.add(Math.clamp(position, 0, order.size()), stage);
        renumber(order);
        audit.stageEvent(journey, "journey.audit.stageAdded", null, stage.name);
        return stage(stage.getId());
    }

    /** Moves a stage to a position (clamped to the journey); positions stay 0..n−1 without holes. */
    @Transactional
    @PreAuthorize(Require.JOURNEY_EDIT)
    public List<StageItem> moveStage(long stageId, int position) {
        JourneyStage stage = stageEntity(stageId);
        List<JourneyStage> order = new ArrayList<>(stages.findByJourneyIdOrderByPositionAscIdAsc(stage.journeyId));
        order.removeIf(s -> s.getId().equals(stageId));
        int target = Math.clamp(position, 0, order.size());
        order.add(target, stage);
        renumber(order);
        audit.stageEvent(
                journey(stage.journeyId),
                "journey.audit.stageMoved",
                JourneyAudit.stageLabel(stage),
                String.valueOf(target + 1));
        return queries.stages(stage.journeyId);
    }

    /** Moves a stage one place left (−1) or right (+1). */
    @Transactional
    @PreAuthorize(Require.JOURNEY_EDIT)
    public List<StageItem> moveStageBy(long stageId, int delta) {
        return moveStage(stageId, stageEntity(stageId).position + delta);
    }

    /**
     * Removes a stage. When requirements, contacts or observations point at it, a target stage of
     * the same journey is required and they move there first; without one the removal is refused
     * with their counts. The last stage of a journey stays.
     */
    @Transactional
    @PreAuthorize(Require.JOURNEY_EDIT)
    public void removeStage(long stageId, long version, @Nullable Long targetStageId) {
        JourneyStage stage = stageEntity(stageId);
        stage.checkVersion(version);
        List<JourneyStage> order = new ArrayList<>(stages.findByJourneyIdOrderByPositionAscIdAsc(stage.journeyId));
        if (order.size() <= 1) {
            throw new RuleViolationException("journey.error.lastStage");
        }
        StageReferences refs = references(stageId);
        if (refs.any()) {
            if (targetStageId == null) {
                throw new RuleViolationException(
                        "journey.error.stageInUse", refs.requirements(), refs.contacts(), refs.observations());
            }
            JourneyStage target = stages.findById(targetStageId)
                    .filter(t ->
                            t.journeyId.equals(stage.journeyId) && !t.getId().equals(stageId))
                    .orElseThrow(() ->
                            new FieldValidationException(List.of(new FieldError("target", "journey.error.target"))));
            reassign(stageId, target.getId(), target.phase);
            observations.moveStage(stageId, target.getId());
        }
        Journey journey = journey(stage.journeyId);
        JourneyStage removed = stageEntity(stageId);
        order = new ArrayList<>(stages.findByJourneyIdOrderByPositionAscIdAsc(removed.journeyId));
        order.removeIf(s -> s.getId().equals(stageId));
        stages.delete(removed);
        stages.flush();
        renumber(order);
        audit.stageEvent(journey, "journey.audit.stageRemoved", JourneyAudit.stageLabel(removed), null);
    }

    /** Requirements and contacts of a stage follow it to another stage or phase, their phase column with them. */
    private void reassign(long fromStageId, long toStageId, JourneyPhase toPhase) {
        requirements.reassignJourneyStage(fromStageId, toStageId, toPhase);
        demand.reassignJourneyStage(fromStageId, toStageId, toPhase);
    }

    /**
     * Saves a stage from the stage editor in one step: its name (null: unchanged; empty is refused
     * at the field), its phase (what points at it follows, their phase column with them) and its
     * lanes (an emotion outside −2..+2 is refused at its field), all validated before anything is
     * written, against the version the user saw: a colleague's save in between is a conflict,
     * never overwritten. Moving a stage does not change its version.
     */
    @Transactional
    @PreAuthorize(Require.JOURNEY_EDIT)
    public StageItem saveStage(
            long stageId, long version, @Nullable String name, @Nullable JourneyPhase phase, StageContent content) {
        JourneyStage stage = stageEntity(stageId);
        stage.checkVersion(version);
        List<FieldError> errors = new ArrayList<>();
        if (name != null) {
            errors.addAll(JourneyRules.stageName(name));
        }
        if (phase == null) {
            errors.add(new FieldError("phase", "journey.error.phase"));
        }
        errors.addAll(JourneyRules.content(content));
        FieldValidationException.throwIfAny(errors);
        Journey journey = journey(stage.journeyId);
        if (name != null && !name.strip().equals(stage.name)) {
            audit.stageEvent(journey, "journey.audit.stageRenamed", JourneyAudit.stageLabel(stage), name.strip());
            stage.name = name.strip();
        }
        JourneyPhase oldPhase = stage.phase;
        Map<String, AuditValue> before = audit.values(stage);
        stage.phase = Objects.requireNonNull(phase);
        stage.apply(content);
        stage.touched(time.now(), CurrentUser.require().getFullName());
        stages.flush();
        audit.stageChanged(journey, stage, before);
        if (oldPhase != phase) {
            reassign(stageId, stageId, phase);
            audit.stageEvent(journey, "journey.audit.stagePhase", oldPhase.name(), phase.name());
        }
        return stage(stageId);
    }

    /** Writes positions 0..n−1 in list order, only where they changed. */
    private void renumber(List<JourneyStage> order) {
        for (int i = 0; i < order.size(); i++) {
            JourneyStage s = order.get(i);
            if (s.position != i) {
                stages.setPosition(s.getId(), i);
            }
        }
        stages.flush();
    }

    private Journey journey(long id) {
        return journeys.findById(id).orElseThrow(() -> new RuleViolationException("journey.error.notFound"));
    }

    private JourneyStage stageEntity(long id) {
        return stages.findById(id).orElseThrow(() -> new RuleViolationException("journey.error.stageNotFound"));
    }
}

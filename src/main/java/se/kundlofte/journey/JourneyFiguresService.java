package se.kundlofte.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.customer.Segment;
import se.kundlofte.demand.DemandAnalysisService;
import se.kundlofte.demand.JourneyStageDemand;
import se.kundlofte.promise.JourneyPromise;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.requirement.JourneyStageCount;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Stage;
import se.kundlofte.satisfaction.SatisfactionService;
import se.kundlofte.satisfaction.Score;
import se.kundlofte.satisfaction.SurveyType;
import se.kundlofte.security.Permission.Require;

/**
 * The live lanes of a journey map, read from the other features' query services: a stage's
 * figures count what points at the stage (requirements and contacts by their journey stage);
 * satisfaction and promises, which know only phases, are the phase's figures for the journey's
 * customers. Each lane is one SQL aggregation over all stages of the journey.
 */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.JOURNEY_READ)
@Transactional(readOnly = true)
public class JourneyFiguresService {

    /** Failure demand is counted over the last 90 days, today included. */
    public static final int FAILURE_DAYS = 90;

    /** Satisfaction is measured over the last 12 months, today included. */
    public static final int SATISFACTION_MONTHS = 12;

    private final JourneyQueries queries;
    private final RequirementService requirements;
    private final DemandAnalysisService demand;
    private final SatisfactionService satisfaction;
    private final PromiseService promises;
    private final BusinessTime time;

    JourneyFiguresService(
            JourneyQueries queries,
            RequirementService requirements,
            DemandAnalysisService demand,
            SatisfactionService satisfaction,
            PromiseService promises,
            BusinessTime time) {
        this.queries = queries;
        this.requirements = requirements;
        this.demand = demand;
        this.satisfaction = satisfaction;
        this.promises = promises;
        this.time = time;
    }

    /** The first day of the failure-demand period that ends today (the map's links use the same days). */
    public LocalDate failureFrom() {
        return time.today().minusDays(FAILURE_DAYS - 1L);
    }

    /**
     * The figures of every stage of the journey, keyed by stage id, in map order; empty when the
     * journey does not exist.
     */
    public Map<Long, StageFigures> figures(long journeyId) {
        return queries.details(journeyId)
                .map(journey -> figures(new JourneyMap(journey, queries.stages(journeyId))))
                .orElse(Map.of());
    }

    /**
     * The figures of the stages of a map the caller has already read (the map page, the gaps, the
     * export), keyed by stage id, in map order.
     */
    public Map<Long, StageFigures> figures(JourneyMap map) {
        List<StageItem> stages = map.stages();
        if (stages.isEmpty()) {
            return Map.of();
        }
        Segment segment = map.journey().segment();
        List<Long> ids = stages.stream().map(StageItem::id).toList();
        LocalDate today = time.today();

        Map<Long, Map<Stage, Long>> counts = new HashMap<>();
        for (JourneyStageCount c : requirements.countsByJourneyStage(ids)) {
            counts.computeIfAbsent(c.journeyStageId(), id -> new EnumMap<>(Stage.class))
                    .put(c.stage(), c.requirements());
        }
        Map<Long, JourneyStageDemand> contacts = new HashMap<>();
        for (JourneyStageDemand d : demand.byJourneyStage(ids, failureFrom(), today)) {
            contacts.put(d.journeyStageId(), d);
        }
        Map<JourneyPhase, Score> scores = satisfaction.byPhase(
                SurveyType.NPS, segment, today.minusMonths(SATISFACTION_MONTHS).plusDays(1), today);
        Map<JourneyPhase, List<StagePromise>> byPhase = new EnumMap<>(JourneyPhase.class);
        for (JourneyPromise p : promises.forJourney(segment)) {
            for (JourneyPhase phase : p.phases()) {
                byPhase.computeIfAbsent(phase, x -> new ArrayList<>())
                        .add(new StagePromise(p.id(), p.title(), p.health()));
            }
        }

        Map<Long, StageFigures> figures = new LinkedHashMap<>();
        for (StageItem stage : stages) {
            JourneyStageDemand d = contacts.getOrDefault(stage.id(), new JourneyStageDemand(stage.id(), 0, 0));
            figures.put(
                    stage.id(),
                    new StageFigures(
                            stage.id(),
                            counts.getOrDefault(stage.id(), Map.of()),
                            d.failure(),
                            d.value(),
                            d.ratio(),
                            scores.get(stage.phase()),
                            byPhase.getOrDefault(stage.phase(), List.of())));
        }
        return Collections.unmodifiableMap(figures);
    }
}

package se.kundlofte.journey;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Source;
import se.kundlofte.security.Permission.Require;

/**
 * The gaps of a journey: stages nobody owns, stages our processes do not cover, and stages whose
 * failure demand ratio of the last 90 days is above the journey's threshold. Each can become a
 * requirement in one step.
 */
@Service
@PreAuthorize(Require.JOURNEY_READ)
@Transactional(readOnly = true)
public class JourneyGapService {

    private final JourneyService journeys;
    private final JourneyFiguresService figures;
    private final RequirementService requirements;

    JourneyGapService(JourneyService journeys, JourneyFiguresService figures, RequirementService requirements) {
        this.journeys = journeys;
        this.figures = figures;
        this.requirements = requirements;
    }

    /** The journey's gaps in map order. */
    public List<StageGap> gaps(long journeyId) {
        JourneyMap map = journeys.map(journeyId);
        return gaps(map, figures.figures(map));
    }

    /** The gaps of a map whose figures the caller has already read. */
    public List<StageGap> gaps(JourneyMap map, Map<Long, StageFigures> figuresByStage) {
        double threshold = map.journey().gapFailurePercent() / 100.0;
        List<StageGap> gaps = new ArrayList<>();
        for (StageItem stage : map.stages()) {
            Set<GapReason> reasons = EnumSet.noneOf(GapReason.class);
            if (stage.ownerless()) {
                reasons.add(GapReason.NO_OWNER);
            }
            if (stage.notCovered()) {
                reasons.add(GapReason.NOT_COVERED);
            }
            StageFigures f = figuresByStage.get(stage.id());
            Double ratio = f == null ? null : f.failureRatio();
            if (ratio != null && ratio > threshold) {
                reasons.add(GapReason.FAILURE_DEMAND);
            }
            if (!reasons.isEmpty()) {
                gaps.add(new StageGap(stage, reasons, ratio));
            }
        }
        return gaps;
    }

    /**
     * Creates a requirement to close a gap: its source is failure demand when that made the stage a
     * gap, otherwise observation; it carries the stage's phase. The title is the caller's
     * (translated) text.
     */
    @Transactional
    @PreAuthorize(Require.REQUIREMENT_CREATE)
    public RequirementDetails createRequirement(long stageId, UnaryOperator<String> translate) {
        StageItem stage = journeys.stage(stageId);
        StageGap gap = gaps(stage.journeyId()).stream()
                .filter(g -> g.stage().id() == stageId)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("journey.error.noGap"));
        String reasons = gap.reasons().stream()
                .map(r -> translate.apply(r.translationKey()))
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        String title = translate.apply("journey.gap.requirementTitle") + " " + stage.label(translate);
        return requirements.create(RequirementForm.of(
                        title.length() > 200 ? title.substring(0, 200) : title,
                        gap.fromFailureDemand() ? Source.FAILURE_DEMAND : Source.OBSERVATION)
                .withDescription(reasons)
                .withJourneyStageId(stage.id()));
    }
}

package se.kundlofte.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.kundlofte.requirement.StageGates.Missing;

class StageGatesTest {

    private static final GateCheck EMPTY =
            new GateCheck(null, null, null, null, null, null, null, 0, 0, null, null, null);
    private static final GateCheck COMPLETE = new GateCheck(
            Answer.YES, null, Answer.YES, null, 4, 3, Effort.M, 1, 1, "Leveranser i tid", LocalDate.now(), null);

    private static java.util.List<String> missing(GateCheck check, Stage from, Stage to) {
        return StageGates.missing(check, from, to).stream()
                .map(Missing::messageKey)
                .toList();
    }

    @Test
    void analysedNeedsBothAnswers() {
        assertThat(missing(EMPTY, Stage.IDENTIFIED, Stage.ANALYSED)).containsExactly("gate.applies", "gate.realistic");
        assertThat(missing(COMPLETE, Stage.IDENTIFIED, Stage.ANALYSED)).isEmpty();
    }

    @Test
    void partlyOrNoNeedsAWhy() {
        GateCheck partly = new GateCheck(Answer.PARTLY, " ", Answer.NO, null, null, null, null, 0, 0, null, null, null);
        assertThat(missing(partly, Stage.IDENTIFIED, Stage.ANALYSED))
                .containsExactly("gate.appliesWhy", "gate.realisticWhy");
        GateCheck explained = new GateCheck(
                Answer.PARTLY, "Bara i Sverige", Answer.YES, null, null, null, null, 0, 0, null, null, null);
        assertThat(missing(explained, Stage.IDENTIFIED, Stage.ANALYSED)).isEmpty();
    }

    @Test
    void prioritisedNeedsValueRiskAndEffortAndTheAnalysis() {
        assertThat(missing(EMPTY, Stage.IDENTIFIED, Stage.PRIORITISED))
                .containsExactly("gate.applies", "gate.realistic", "gate.value", "gate.risk", "gate.effort");
        GateCheck analysed = new GateCheck(Answer.YES, null, Answer.YES, null, null, 2, null, 0, 0, null, null, null);
        assertThat(missing(analysed, Stage.ANALYSED, Stage.PRIORITISED)).containsExactly("gate.value", "gate.effort");
    }

    @Test
    void aRequirementThatDoesNotApplyMustBeRejectedNotPrioritised() {
        GateCheck no =
                new GateCheck(Answer.NO, "Inte vårt ansvar", Answer.YES, null, 3, 3, Effort.S, 0, 0, null, null, null);
        assertThat(missing(no, Stage.ANALYSED, Stage.PRIORITISED)).containsExactly("gate.rejectInstead");
    }

    @Test
    void actionsNeedAnAction() {
        GateCheck noAction = new GateCheck(Answer.YES, null, Answer.YES, null, 3, 3, Effort.S, 0, 0, null, null, null);
        assertThat(missing(noAction, Stage.PRIORITISED, Stage.ACTIONS)).containsExactly("gate.action");
    }

    @Test
    void communicatedNeedsACommunication() {
        GateCheck noCommunication =
                new GateCheck(Answer.YES, null, Answer.YES, null, 3, 3, Effort.S, 2, 0, null, null, null);
        assertThat(missing(noCommunication, Stage.ACTIONS, Stage.COMMUNICATED)).containsExactly("gate.communication");
    }

    @Test
    void monitoredNeedsIndicatorAndReviewDate() {
        GateCheck noMonitoring =
                new GateCheck(Answer.YES, null, Answer.YES, null, 3, 3, Effort.S, 1, 1, "", null, null);
        assertThat(missing(noMonitoring, Stage.COMMUNICATED, Stage.MONITORED))
                .containsExactly("gate.indicator", "gate.nextReview");
        assertThat(missing(COMPLETE, Stage.COMMUNICATED, Stage.MONITORED)).isEmpty();
    }

    @Test
    void rejectedNeedsOnlyAReason() {
        assertThat(missing(EMPTY, Stage.IDENTIFIED, Stage.REJECTED)).containsExactly("gate.rejectionReason");
        GateCheck reason =
                new GateCheck(null, null, null, null, null, null, null, 0, 0, null, null, "Utanför vårt uppdrag");
        assertThat(missing(reason, Stage.PRIORITISED, Stage.REJECTED)).isEmpty();
    }

    @Test
    void movingBackIsAlwaysAllowedButLeavingRejectedPassesTheGates() {
        assertThat(missing(EMPTY, Stage.MONITORED, Stage.IDENTIFIED)).isEmpty();
        assertThat(missing(EMPTY, Stage.ACTIONS, Stage.ANALYSED)).isEmpty();
        assertThat(missing(EMPTY, Stage.REJECTED, Stage.IDENTIFIED)).isEmpty();
        assertThat(missing(EMPTY, Stage.REJECTED, Stage.ANALYSED)).containsExactly("gate.applies", "gate.realistic");
    }
}

package se.kundlofte.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;
import se.kundlofte.test.TestClock;

/**
 * "Overdue" is decided by the business zone's day, the same on the board and on the requirement
 * page: an action due on a day is not overdue until that day has ended in the business zone,
 * even while it is still the same day in UTC (or in the server's own zone).
 */
@IntegrationTest
class OverdueAcrossMidnightTest {

    @Autowired
    RequirementService requirements;

    @Autowired
    RequirementActionService actions;

    @Autowired
    RequirementBoardService board;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @Autowired
    ZoneId businessZone;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void theBoardAndTheRequirementPageAgreeAroundMidnight() {
        LocalDate due = LocalDate.of(2026, 1, 15);
        clock.set(due.atTime(LocalTime.NOON).atZone(businessZone).toInstant());
        String title = "Förfaller vid midnatt " + System.nanoTime();
        RequirementDetails requirement =
                RunAs.user(users, "sales", () -> requirements.create(RequirementForm.of(title, Source.AGREEMENT)));
        RunAs.user(
                users,
                "product",
                () -> actions.add(
                        requirement.id(), new ActionForm(ActionType.PROCESS, "Besked till kunden", null, due)));

        // Half an hour before midnight in the business zone: due today, not overdue.
        clock.set(due.atTime(23, 30).atZone(businessZone).toInstant());
        assertThat(onBoard(title)).isFalse();
        assertThat(onRequirementPage(requirement.id())).isFalse();

        // Half an hour after midnight in the business zone (still the 15th in UTC): overdue on both.
        clock.set(due.plusDays(1).atTime(0, 30).atZone(businessZone).toInstant());
        assertThat(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .as("the UTC day has not turned yet, so a UTC day would disagree")
                .isEqualTo(due);
        assertThat(onBoard(title)).isTrue();
        assertThat(onRequirementPage(requirement.id())).isTrue();
    }

    private boolean onBoard(String title) {
        Map<Stage, Integer> limits = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            limits.put(stage, 1000);
        }
        return RunAs.user(users, "ceo", () -> board.board(BoardFilter.none().withText(title), limits)).stream()
                .flatMap(column -> column.cards().stream())
                .filter(card -> card.title().equals(title))
                .findFirst()
                .orElseThrow()
                .overdueActions();
    }

    private boolean onRequirementPage(long requirementId) {
        return RunAs.user(users, "ceo", () -> actions.forRequirement(requirementId)).stream()
                .filter(action -> action.description().equals("Besked till kunden"))
                .findFirst()
                .orElseThrow()
                .overdue();
    }
}

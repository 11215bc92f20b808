package se.kundlofte.requirement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.requirement.BoardCard;
import se.kundlofte.requirement.BoardColumnView;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;

/** The journey map links to the board of one stage: {@code /board?journeyStage=<id>}. */
class BoardJourneyStageFilterTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long stage;
    private long identified;
    private long analysed;

    @BeforeEach
    void stageWithRequirements() {
        jdbc.update(
                "insert into journey (name, standard, created_at, updated_at) values (?, false, now(6), now(6))",
                "Tavelresa " + System.nanoTime());
        long journey = jdbc.queryForObject("select max(id) from journey", Long.class);
        jdbc.update(
                "insert into journey_stage (journey_id, position, name, phase) values (?, 0, 'Installeras', 'DELIVERY_INSTALLATION')",
                journey);
        stage = jdbc.queryForObject("select max(id) from journey_stage where journey_id = ?", Long.class, journey);
        identified = requirement("Leveransfönster " + System.nanoTime(), "IDENTIFIED");
        analysed = requirement("Montörens besked " + System.nanoTime(), "ANALYSED");
    }

    private long requirement(String title, String lifecycle) {
        jdbc.update(
                "insert into requirement (title, source, stage, stage_entered_at, board_rank, created_at, updated_at, "
                        + "journey_stage, journey_stage_id) values (?, 'OBSERVATION', ?, now(), 99999999, now(), now(), "
                        + "'DELIVERY_INSTALLATION', ?)",
                title,
                lifecycle,
                stage);
        return jdbc.queryForObject("select id from requirement where title = ?", Long.class, title);
    }

    private static List<BoardCard> cards(RequirementBoardView board) {
        return board.columns().stream().flatMap(c -> c.cards().stream()).toList();
    }

    @Test
    void theStageLinkShowsOnlyTheStagesRequirementsToEveryRole() {
        for (String role : AppRoles.ALL) {
            loginAs(role);
            UI.getCurrent().navigate("board", QueryParameters.simple(Map.of("journeyStage", Long.toString(stage))));
            RequirementBoardView board = currentView(RequirementBoardView.class);

            assertThat(board.filters.journeyStage.getValue().id()).as(role).isEqualTo(stage);
            assertThat(board.filters.journeyStage.getItemLabelGenerator().apply(board.filters.journeyStage.getValue()))
                    .endsWith(" › Installeras");
            assertThat(cards(board)).as(role).extracting(BoardCard::id).containsExactlyInAnyOrder(identified, analysed);
            assertThat(board.columns())
                    .filteredOn(c -> c.count() > 0)
                    .extracting(BoardColumnView::count)
                    .containsExactly(1, 1);
        }
    }

    @Test
    void theStageFilterGoesBackIntoTheUrlAndCanBeCleared() {
        loginAs(AppRoles.PRODUCT_DEVELOPMENT);
        UI.getCurrent().navigate("board", QueryParameters.simple(Map.of("journeyStage", Long.toString(stage))));
        RequirementBoardView board = currentView(RequirementBoardView.class);
        assertThat(board.filters.toQuery().getQueryString()).contains("journeyStage=" + stage);

        _setValue(board.filters.journeyStage, null);

        assertThat(board.filters.toQuery().getQueryString()).doesNotContain("journeyStage");
        assertThat(board.columns().stream().mapToInt(BoardColumnView::count).sum())
                .isGreaterThan(2);
    }

    @Test
    void anUnknownStageIsIgnored() {
        loginAs(AppRoles.SALES);
        UI.getCurrent().navigate("board", QueryParameters.simple(Map.of("journeyStage", "-7")));
        RequirementBoardView board = currentView(RequirementBoardView.class);
        assertThat(board.filters.journeyStage.getValue()).isNull();
        assertThat(cards(board)).hasSizeGreaterThan(2);
    }
}

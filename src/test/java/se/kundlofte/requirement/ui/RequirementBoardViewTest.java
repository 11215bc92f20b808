package se.kundlofte.requirement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.requirement.BoardColumnView;
import se.kundlofte.requirement.Priority;
import se.kundlofte.requirement.Source;
import se.kundlofte.requirement.Stage;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;

class RequirementBoardViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private List<String> columnTitles() {
        return _find(BoardColumnPanel.class).stream()
                .map(c -> c.column.stage().name())
                .toList();
    }

    private long newRequirement(String title) {
        jdbc.update(
                "insert into requirement (title, source, stage, stage_entered_at, board_rank, created_at, updated_at) "
                        + "values (?, 'AGREEMENT', 'IDENTIFIED', now(), 99999999, now(), now())",
                title);
        return jdbc.queryForObject("select id from requirement where title = ?", Long.class, title);
    }

    @Test
    void everyRoleSeesTheColumnsAndCards() {
        for (String role : AppRoles.ALL) {
            loginAs(role);
            RequirementBoardView board = navigate(RequirementBoardView.class);
            assertThat(columnTitles())
                    .as(role)
                    .containsExactly(
                            "IDENTIFIED",
                            "ANALYSED",
                            "PRIORITISED",
                            "ACTIONS",
                            "COMMUNICATED",
                            "MONITORED",
                            "REJECTED");
            assertThat(_find(RequirementCard.class)).as(role).hasSizeGreaterThan(100);
            // Rejected starts collapsed.
            BoardColumnPanel rejected = _get(BoardColumnPanel.class, spec -> spec.withId("column-REJECTED"));
            assertThat(_find(rejected, RequirementCard.class)).isEmpty();
            boolean creates = Set.of(AppRoles.SALES, AppRoles.CUSTOMER_SERVICE, AppRoles.ADMIN)
                    .contains(role);
            assertThat(board.create.getParent().isPresent()).as(role).isEqualTo(creates);
            boolean moves = !Set.of(AppRoles.CEO, AppRoles.CUSTOMER_SERVICE).contains(role);
            assertThat(_find(RequirementCard.class).getFirst().move.getParent().isPresent())
                    .as(role)
                    .isEqualTo(moves);
        }
    }

    @Test
    void cardsShowPriorityDaysAndOverdueActions() {
        loginAs(AppRoles.CEO);
        RequirementBoardView board = navigate(RequirementBoardView.class);
        BoardColumnView actions = board.columns().stream()
                .filter(c -> c.stage() == Stage.ACTIONS)
                .findFirst()
                .orElseThrow();
        assertThat(actions.cards())
                .anySatisfy(card -> assertThat(card.overdueActions()).isTrue());
        RequirementCard card = _find(RequirementCard.class).getFirst();
        assertThat(_find(card, Span.class, spec -> spec.withClasses("card-days"))
                        .getFirst()
                        .getText())
                .matches("\\d+ d in column");
    }

    @Test
    void moveByMenuAndRefusedMoveSaysWhatIsMissing() {
        long id = newRequirement("Menyflytt " + System.nanoTime());
        loginAs(AppRoles.PRODUCT_DEVELOPMENT);
        navigate(RequirementBoardView.class);
        RequirementCard card = _get(RequirementCard.class, spec -> spec.withId("card-" + id));
        _click(card.move);
        _click(_get(Button.class, spec -> spec.withId("move-" + id + "-ANALYSED")));

        RefusedMoveDialog refused = _get(RefusedMoveDialog.class);
        assertThat(_find(refused.missing, ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("the answer to \"does it apply to us?\"", "the answer to \"is it realistic?\"");
        assertThat(jdbc.queryForObject("select stage from requirement where id = ?", String.class, id))
                .isEqualTo("IDENTIFIED");
        refused.close();

        jdbc.update("update requirement set rejection_reason = 'Inte vårt ansvar' where id = ?", id);
        card = _get(RequirementCard.class, spec -> spec.withId("card-" + id));
        _click(card.move);
        _click(_get(Button.class, spec -> spec.withId("move-" + id + "-REJECTED")));
        assertThat(jdbc.queryForObject("select stage from requirement where id = ?", String.class, id))
                .isEqualTo("REJECTED");
    }

    @Test
    void filtersComeFromTheUrlAndGoBackIntoIt() {
        loginAs(AppRoles.MARKETING);
        UI.getCurrent()
                .navigate("board", QueryParameters.simple(java.util.Map.of("source", "LAW", "priority", "UNSCORED")));
        RequirementBoardView board = currentView(RequirementBoardView.class);
        assertThat(board.filters.source.getValue()).isEqualTo(Source.LAW);
        assertThat(board.filters.priority.getValue()).isEqualTo(Priority.UNSCORED);
        assertThat(board.columns().stream().flatMap(c -> c.cards().stream()))
                .isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.source()).isEqualTo(Source.LAW);
                    assertThat(c.priority()).isEqualTo(Priority.UNSCORED);
                });
        _setValue(board.filters.text, "GDPR");
        assertThat(board.filters.toQuery().getQueryString()).contains("q=GDPR", "source=LAW", "priority=UNSCORED");
    }

    @Test
    void showMoreAndShowRejected() {
        loginAs(AppRoles.CEO);
        RequirementBoardView board = navigate(RequirementBoardView.class);
        _click(_get(Button.class, spec -> spec.withId("toggle-rejected")));
        BoardColumnPanel rejected = _get(BoardColumnPanel.class, spec -> spec.withId("column-REJECTED"));
        assertThat(_find(rejected, RequirementCard.class)).isNotEmpty();
        assertThat(board.columns())
                .allSatisfy(c -> assertThat(c.cards()).hasSizeLessThanOrEqualTo(RequirementBoardView.PAGE));
    }
}

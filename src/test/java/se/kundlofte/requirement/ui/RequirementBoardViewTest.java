package se.kundlofte.requirement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.requirement.BoardCard;
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
            assertThat(board.panels.values().stream()
                            .mapToInt(panel -> panel.items(0, 1000).size())
                            .sum())
                    .as(role)
                    .isGreaterThan(100);
            // Rejected starts collapsed.
            BoardColumnPanel rejected = _get(BoardColumnPanel.class, spec -> spec.withId("column-REJECTED"));
            assertThat(rejected.items(0, 1000)).isEmpty();
            boolean creates = Set.of(AppRoles.SALES, AppRoles.CUSTOMER_SERVICE, AppRoles.ADMIN)
                    .contains(role);
            assertThat(board.create.getParent().isPresent()).as(role).isEqualTo(creates);
            boolean moves = !Set.of(AppRoles.CEO, AppRoles.CUSTOMER_SERVICE).contains(role);
            assertThat(board.panels.values())
                    .allSatisfy(panel -> assertThat(panel.movable).as(role).isEqualTo(moves));
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
        BoardColumnPanel panel = board.panels.get(Stage.ACTIONS);
        BoardCard card = panel.items(0, 1).getFirst();
        // The card sends codes and numbers; the words are the template's, once per column.
        assertThat(shown(panel, card, "d")).isEqualTo(String.valueOf(card.daysInStage()));
        assertThat(shown(panel, card, "p"))
                .isEqualTo(String.valueOf(card.priority().ordinal()));
        assertThat(shown(panel, card, "s"))
                .isEqualTo(String.valueOf(card.source().ordinal()));
        BoardCard overdue = actions.cards().stream()
                .filter(BoardCard::overdueActions)
                .findFirst()
                .orElseThrow();
        assertThat(shown(panel, overdue, "o")).isEqualTo("true");
        BoardCard inTime = actions.cards().stream()
                .filter(c -> !c.overdueActions())
                .findFirst()
                .orElseThrow();
        assertThat(shown(panel, inTime, "o")).as("no overdue action, no badge").isEmpty();
        assertThat(BoardCardRenderer.template(board, panel.movable))
                .contains(
                        "Overdue action",
                        "[\"Critical\",\"High\",\"Medium\",\"Low\",\"Not scored\"]",
                        "\" d in column\"",
                        "\"Industry-wide / legal\"",
                        "\"No owner\"");
    }

    @Test
    void moveByMenuAndRefusedMoveSaysWhatIsMissing() {
        long id = newRequirement("Menyflytt " + System.nanoTime());
        loginAs(AppRoles.PRODUCT_DEVELOPMENT);
        RequirementBoardView board = navigate(RequirementBoardView.class);
        // The new card is last in its column, beyond the first page: the list reads it when scrolled to.
        BoardColumnPanel identified = board.panels.get(Stage.IDENTIFIED);
        assertThat(identified.column.cards()).extracting(BoardCard::id).doesNotContain(id);
        BoardCard card = cardOf(identified, id);
        board.openMoveMenu(card);
        _click(_get(Button.class, spec -> spec.withId("move-" + id + "-ANALYSED")));

        RefusedMoveDialog refused = _get(RefusedMoveDialog.class);
        assertThat(_find(refused.missing, ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("the answer to \"does it apply to us?\"", "the answer to \"is it realistic?\"");
        assertThat(jdbc.queryForObject("select stage from requirement where id = ?", String.class, id))
                .isEqualTo("IDENTIFIED");
        refused.close();

        jdbc.update("update requirement set rejection_reason = 'Inte vårt ansvar' where id = ?", id);
        int before = identified.column.count();
        board.openMoveMenu(cardOf(identified, id));
        _click(_get(Button.class, spec -> spec.withId("move-" + id + "-REJECTED")));
        assertThat(jdbc.queryForObject("select stage from requirement where id = ?", String.class, id))
                .isEqualTo("REJECTED");
        // The move's one event re-reads the two columns it touched (delivered on its own thread,
        // run here when the test's round trip lets it into the UI).
        long end = System.currentTimeMillis() + 5_000;
        do {
            MockVaadin.clientRoundtrip(false);
        } while (identified.column.count() != before - 1 && System.currentTimeMillis() < end && pause());
        assertThat(identified.column.count()).isEqualTo(before - 1);
        assertThat(identified.items(0, 1000)).extracting(BoardCard::id).doesNotContain(id);
        assertThat(board.panels.get(Stage.REJECTED).column.count()).isGreaterThan(0);
    }

    /** A new card lands at the bottom of a long column: the board marks it and says where it went. */
    @Test
    void aNewRequirementIsMarkedAndItsPlaceTold() {
        loginAs(AppRoles.SALES);
        RequirementBoardView board = navigate(RequirementBoardView.class);
        _click(board.create);
        NewRequirementDialog dialog = _get(NewRequirementDialog.class);
        String title = "Syns direkt " + System.nanoTime();
        _setValue(dialog.fields.title, title);
        _setValue(dialog.fields.source, Source.OBSERVATION);
        _click(dialog.save);
        long id = jdbc.queryForObject("select id from requirement where title = ?", Long.class, title);
        BoardColumnPanel identified = board.panels.get(Stage.IDENTIFIED);
        assertThat(identified.column.count()).isGreaterThan(RequirementBoardView.PAGE);
        BoardCard card = cardOf(identified, id);
        assertThat(shown(identified, card, "f")).isEqualTo("true");
        assertThat(shown(identified, identified.items(0, 1).getFirst(), "f"))
                .as("only the new card is marked")
                .isEmpty();
        // One message, the board's: the dialog does not report the same save a second time.
        assertThat(NotificationsKt.getNotifications())
                .extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .filteredOn(text -> text.contains(title))
                .singleElement()
                .satisfies(text -> assertThat(text)
                        .startsWith(title + " is number ")
                        .endsWith(" in Identified, marked on the board."));
    }

    private static BoardCard cardOf(BoardColumnPanel panel, long id) {
        int count = panel.column.count();
        for (int offset = 0; offset < count; offset += 10) {
            for (BoardCard card : panel.items(offset, 10)) {
                if (card.id() == id) {
                    return card;
                }
            }
        }
        throw new AssertionError("card " + id + " is not in " + panel.stage);
    }

    /** Link and menu label are built in the card template from id and title, in the user's language. */
    @Test
    void theCardTemplateBuildsLinkAndMenuLabelFromIdAndTitle() {
        loginAs(AppRoles.PRODUCT_DEVELOPMENT);
        RequirementBoardView board = navigate(RequirementBoardView.class);
        String template = BoardCardRenderer.template(board, true);
        assertThat(template).contains("href=\"requirements/${item.c?.id}\"", "aria-label=\"Move ${item.c?.t}\"");
        assertThat(BoardCardRenderer.templateText("a\"<>`${x}\\'&"))
                .isEqualTo("a&quot;&lt;&gt;&#96;&#36;{x}&#92;&#39;&amp;");
        // Words inside the template's expressions are JavaScript strings nothing can end.
        assertThat(BoardCardRenderer.js("a\"</script>`${x}\\")).isEqualTo("\"a\\\"\\u003c/script>`${x}\\\\\"");
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
    void scrollingReadsMoreAndShowRejected() {
        loginAs(AppRoles.CEO);
        RequirementBoardView board = navigate(RequirementBoardView.class);
        _click(_get(Button.class, spec -> spec.withId("toggle-rejected")));
        BoardColumnPanel rejected = _get(BoardColumnPanel.class, spec -> spec.withId("column-REJECTED"));
        assertThat(rejected.items(0, 50)).isNotEmpty();
        assertThat(board.columns())
                .allSatisfy(c -> assertThat(c.cards()).hasSizeLessThanOrEqualTo(RequirementBoardView.PAGE));
        // Beyond the first page, scrolling reads the next cards in board order, none twice.
        BoardColumnPanel identified = board.panels.get(Stage.IDENTIFIED);
        assertThat(identified.column.count()).isGreaterThan(RequirementBoardView.PAGE);
        List<Long> all = identified.items(0, identified.column.count()).stream()
                .map(BoardCard::id)
                .toList();
        assertThat(all).hasSize(identified.column.count()).doesNotHaveDuplicates();
        int deeper = Math.min(5, all.size() - RequirementBoardView.PAGE);
        assertThat(identified.items(RequirementBoardView.PAGE, deeper))
                .extracting(BoardCard::id)
                .containsExactlyElementsOf(all.subList(RequirementBoardView.PAGE, RequirementBoardView.PAGE + deeper));
        // A range across the end of the first page: its top from the board's read, the rest read now.
        assertThat(identified.items(RequirementBoardView.PAGE - 2, deeper + 2))
                .extracting(BoardCard::id)
                .containsExactlyElementsOf(
                        all.subList(RequirementBoardView.PAGE - 2, RequirementBoardView.PAGE + deeper));
    }

    private static boolean pause() {
        try {
            Thread.sleep(10);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A field of the data the card's template gets (as text; empty when the card does not send it). */
    private static String shown(BoardColumnPanel panel, BoardCard card, String field) {
        tools.jackson.databind.JsonNode data = (tools.jackson.databind.JsonNode) panel.renderer
                .getValueProviders()
                .get(BoardCardRenderer.CARD_DATA)
                .apply(card);
        return data.has(field) ? data.get(field).asString() : "";
    }
}

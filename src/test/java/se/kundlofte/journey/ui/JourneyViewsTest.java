package se.kundlofte.journey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.journey.Coverage;
import se.kundlofte.journey.JourneyMap;
import se.kundlofte.journey.JourneyService;
import se.kundlofte.journey.JourneyTestData;
import se.kundlofte.journey.ObservationItem;
import se.kundlofte.journey.StageContent;
import se.kundlofte.journey.StageItem;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;
import se.kundlofte.test.RunAs;

/** What each role sees and does on the journey list and the map. */
class JourneyViewsTest extends KaribuTest {

    @Autowired
    JourneyService journeys;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private JourneyMapView open(long id) {
        UI.getCurrent().navigate("journeys/" + id);
        return currentView(JourneyMapView.class);
    }

    /** A journey whose every stage has an owner and coverage except the ones the test leaves open. */
    private JourneyMap ownedJourney(String name) {
        JourneyMap map = JourneyTestData.journey(journeys, users, name);
        RunAs.user(users, "product", () -> {
            for (StageItem s : map.stages()) {
                journeys.saveStage(
                        s.id(),
                        s.version(),
                        null,
                        s.phase(),
                        StageContent.empty()
                                .withOwnerDepartment("SALES")
                                .withCoverage(Coverage.COVERED)
                                .withEmotion(s.position() % 2 == 0 ? 1 : -1));
            }
        });
        return RunAs.user(users, "product", () -> journeys.map(map.journey().id()));
    }

    @Test
    void everyRoleSeesTheJourneysAndOnlyEditorsMayCreate() {
        for (String role : AppRoles.ALL) {
            loginAs(role);
            JourneyListView list = navigate(JourneyListView.class);
            assertThat(GridKt._size(list.grid)).as(role).isGreaterThanOrEqualTo(1);
            assertThat(GridKt._get(list.grid, 0).standard()).isTrue();
            boolean editor = List.of(AppRoles.MARKETING, AppRoles.PRODUCT_DEVELOPMENT, AppRoles.ADMIN)
                    .contains(role);
            assertThat(list.create.isAttached()).as(role).isEqualTo(editor);
        }
    }

    @Test
    void aJourneyIsCreatedFromTheListAndAnEmptyNameIsRefusedAtTheField() {
        loginAs(AppRoles.MARKETING);
        JourneyListView list = navigate(JourneyListView.class);
        _click(list.create);
        JourneyDialog dialog = _get(JourneyDialog.class);
        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Give the journey a name.");
        String name = "Kök — privatkund " + System.nanoTime();
        _setValue(dialog.name, name);
        _click(dialog.save);
        JourneyMapView view = currentView(JourneyMapView.class);
        assertThat(view.map().journey().name()).isEqualTo(name);
        assertThat(view.map().stages()).hasSize(8);
        assertThat(view.board.cells.get("customerDoes")).hasSize(8);
    }

    @Test
    void aCellIsEditedInTheStageEditorAndTheEmotionMovesTheCurve() {
        JourneyMap map = ownedJourney("Redigera " + System.nanoTime());
        StageItem delivery = map.stages().get(4);
        loginAs(AppRoles.PRODUCT_DEVELOPMENT);
        JourneyMapView view = open(map.journey().id());
        String before =
                view.board.cells.get("emotion").get(delivery.id()).getElement().getOuterHTML();
        StageEditor editor = view.openEditor(delivery, "customerDoes");
        _setValue(editor.customerDoes, "Väntar på montören hela dagen");
        _setValue(editor.emotion, -2);
        _click(editor.save);
        view = currentView(JourneyMapView.class);
        assertThat(view.board
                        .cells
                        .get("customerDoes")
                        .get(delivery.id())
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Väntar på montören hela dagen");
        String after =
                view.board.cells.get("emotion").get(delivery.id()).getElement().getOuterHTML();
        assertThat(after).isNotEqualTo(before).contains("50.0,90.0");
        assertThat(journeys.stage(delivery.id()).content().emotion()).isEqualTo(-2);
        assertThat(EmotionCurve.points(java.util.Arrays.asList(1, -2, null), 1)).isEqualTo("0.0,60.0 50.0,90.0");
    }

    @Test
    void anEmotionOutOfRangeAndAColleaguesSaveAreShownInTheEditor() {
        JourneyMap map = ownedJourney("Konflikt " + System.nanoTime());
        StageItem use = map.stages().get(5);
        loginAs(AppRoles.MARKETING);
        JourneyMapView view = open(map.journey().id());
        StageEditor editor = view.openEditor(use, null);
        _setValue(editor.name, " ");
        _click(editor.save);
        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("Give the stage a name.");
        _setValue(editor.name, "Användning");
        StageItem current = journeys.stage(use.id());
        RunAs.user(
                users,
                "product",
                () -> journeys.saveStage(
                        use.id(),
                        current.version(),
                        null,
                        use.phase(),
                        current.content().withPainPoints("Manualen saknas")));
        _setValue(editor.painPoints, "Min ändring");
        _click(editor.save);
        assertThat(editor.isConflictShown()).isTrue();
        assertThat(journeys.stage(use.id()).content().painPoints()).isEqualTo("Manualen saknas");
    }

    @Test
    void aStageWithoutOwnerOrCoverageIsAGapImpossibleToMissWithACreateRequirementButton() {
        JourneyMap map = ownedJourney("Lucka " + System.nanoTime());
        StageItem support = map.stages().get(6);
        RunAs.user(
                users,
                "product",
                () -> journeys.saveStage(
                        support.id(),
                        support.version(),
                        null,
                        support.phase(),
                        support.content().withOwnerDepartment(null).withCoverage(Coverage.NOT_COVERED)));
        loginAs(AppRoles.SALES);
        JourneyMapView view = open(map.journey().id());
        assertThat(view.board.gapBadges).containsOnlyKeys(support.id());
        assertThat(view.board.gapBadges.get(support.id()).getText())
                .isEqualTo("Gap: no owner, not covered by our processes");
        assertThat(view.board.cells.get("painPoints").get(support.id()).getClassNames())
                .contains("gap");
        assertThat(view.board
                        .cells
                        .get("painPoints")
                        .get(map.stages().get(5).id())
                        .getClassNames())
                .doesNotContain("gap");
        assertThat(view.board.editButtons).as("sales reads the map").isEmpty();
        assertThat(view.addStage.isAttached()).isFalse();

        _click(view.gapsPanel.createButtons.get(support.id()));
        assertThat(jdbc.queryForList(
                        "select journey_stage_id from requirement where source = 'OBSERVATION' and title like ?",
                        Long.class,
                        "%Support and after-sales"))
                .as("the requirement points at the gap's stage, so it shows in the stage's live lane")
                .containsExactly(support.id());
    }

    @Test
    void theLiveLanesCountWhatPointsAtTheStageAndLinkToBoardAndAnalysis() {
        JourneyMap map = ownedJourney("Live " + System.nanoTime());
        StageItem order = map.stages().get(3);
        JourneyTestData.requirementAt(jdbc, order, "ANALYSED");
        JourneyTestData.requirementAt(jdbc, order, "ANALYSED");
        JourneyTestData.requirementAt(jdbc, order, "IDENTIFIED");
        JourneyTestData.contactAt(jdbc, order, "FAILURE");
        JourneyTestData.contactAt(jdbc, order, "VALUE");
        JourneyTestData.contactAt(jdbc, order, "FAILURE");
        loginAs(AppRoles.CEO);
        JourneyMapView view = open(map.journey().id());
        var requirements = view.board.cells.get("requirements").get(order.id());
        RouterLink board = (RouterLink) requirements.getChildren().findFirst().orElseThrow();
        assertThat(board.getText()).isEqualTo("3 on the board");
        assertThat(board.getHref()).isEqualTo("board?journeyStage=" + order.id());
        assertThat(requirements.getElement().getText()
                        + requirements
                                .getChildren()
                                .skip(1)
                                .map(c -> c.getElement().getTextRecursively())
                                .reduce("", String::concat))
                .contains("Analysed 2", "Identified 1");
        var failure = view.board.cells.get("failure").get(order.id());
        Anchor analysis = (Anchor) failure.getChildren().findFirst().orElseThrow();
        assertThat(analysis.getText()).isEqualTo("2 of 3 contacts (67%)");
        // The analysis opens on the stage and on the map's 90 days.
        assertThat(analysis.getHref())
                .matches("demand\\?journeyStage=" + order.id() + "&from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}");
        java.time.LocalDate from = java.time.LocalDate.parse(analysis.getHref().replaceAll(".*from=([0-9-]+).*", "$1"));
        java.time.LocalDate to = java.time.LocalDate.parse(analysis.getHref().replaceAll(".*to=([0-9-]+)$", "$1"));
        assertThat(from.plusDays(89)).isEqualTo(to);
        assertThat(failure.getClassNames()).contains("heat-4");
        assertThat(view.board.gapBadges)
                .as("67 % failure demand is above the 30 % threshold")
                .containsOnlyKeys(order.id());
        assertThat(view.board.gapBadges.get(order.id()).getText()).isEqualTo("Gap: failure demand above the threshold");
    }

    @Test
    void stagesAreMovedAddedAndAReferencedStageIsRemovedOnlyWithATarget() {
        JourneyMap map = ownedJourney("Steg " + System.nanoTime());
        StageItem need = map.stages().get(0);
        JourneyTestData.requirementAt(jdbc, need, "IDENTIFIED");
        loginAs(AppRoles.ADMIN);
        JourneyMapView view = open(map.journey().id());
        assertThat(view.board.leftButtons.get(need.id()).isEnabled()).isFalse();
        _click(view.board.rightButtons.get(need.id()));
        view = currentView(JourneyMapView.class);
        assertThat(view.map().stages().get(1).id()).isEqualTo(need.id());

        _click(view.addStage);
        AddStageDialog add = _get(AddStageDialog.class);
        _setValue(add.name, "Butiksbesök");
        _setValue(add.phase, JourneyPhase.SEARCH_EVALUATE);
        _setValue(add.position, 0);
        _click(add.save);
        view = currentView(JourneyMapView.class);
        assertThat(view.map().stages().getFirst().name()).isEqualTo("Butiksbesök");

        _click(view.board.removeButtons.get(need.id()));
        RemoveStageDialog remove = _get(RemoveStageDialog.class);
        assertThat(remove.question.getText()).startsWith("1 requirements, 0 contacts and 0 observations");
        _click(remove.remove);
        assertThat(journeys.map(map.journey().id()).stages()).hasSize(9);
        _setValue(remove.target, view.map().stages().getFirst());
        _click(remove.remove);
        assertThat(journeys.map(map.journey().id()).stages()).hasSize(8).noneMatch(s -> s.id() == need.id());
    }

    @Test
    void everyoneAddsAnObservationAndSeesItOnTheMap() {
        JourneyMap map = ownedJourney("Observation " + System.nanoTime());
        loginAs(AppRoles.CUSTOMER_SERVICE);
        JourneyMapView view = open(map.journey().id());
        ObservationDialog dialog = view.openObservation(null);
        _setValue(dialog.observedOn, LocalDate.now().plusDays(3));
        _click(dialog.save);
        assertThat(dialog.stage.isInvalid()).isTrue();
        assertThat(dialog.whatHappened.isInvalid()).isTrue();
        assertThat(dialog.observedOn.getErrorMessage()).isEqualTo("The day cannot be in the future.");
        _setValue(dialog.stage, map.stages().get(5));
        _setValue(dialog.observedOn, LocalDate.now().minusDays(1));
        _setValue(dialog.place, "Hemma hos kunden");
        _setValue(dialog.whatHappened, "Kunden letade efter manualen i tio minuter");
        _click(dialog.save);
        view = currentView(JourneyMapView.class);
        // The list reads its items lazily from the service: the newest is the one just added.
        ObservationItem newest = view.observationList
                .items
                .getDataProvider()
                .fetch(new com.vaadin.flow.data.provider.Query<>(0, 1, List.of(), null, null))
                .findFirst()
                .orElseThrow();
        assertThat(newest.whatHappened()).isEqualTo("Kunden letade efter manualen i tio minuter");
        assertThat(newest.observerName()).isEqualTo("Ahmed Karimi");
        assertThat(newest.place()).isEqualTo("Hemma hos kunden");
        assertThat(view.observationList.getElement().getTextRecursively()).contains("(1)");
    }
}

package se.kundlofte.requirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

@IntegrationTest
class RequirementBoardServiceTest {

    @Autowired
    RequirementService requirements;

    @Autowired
    RequirementBoardService board;

    @Autowired
    RequirementActionService actions;

    @Autowired
    RequirementCommunicationService communications;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private static final Map<Stage, Integer> ALL = limits(1000);

    static Map<Stage, Integer> limits(int limit) {
        Map<Stage, Integer> limits = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            limits.put(stage, limit);
        }
        return limits;
    }

    private RequirementDetails create(String title) {
        return RunAs.user(
                users,
                "sales",
                () -> requirements.create(RequirementForm.of(title, Source.AGREEMENT)
                        .withDescription("Beskrivning")
                        .withSourceReference("Avtal §3")));
    }

    private RequirementDetails analysed(RequirementDetails r) {
        return RunAs.user(
                users,
                "product",
                () -> requirements.updateAnalysis(
                        r.id(), r.version(), new AnalysisForm(Answer.YES, null, Answer.YES, null, null, Effort.M)));
    }

    private RequirementDetails move(String user, RequirementDetails r, Stage target) {
        return RunAs.user(users, user, () -> board.move(r.id(), r.version(), target, null, true));
    }

    @Test
    void aNewRequirementLandsAtTheBottomOfIdentifiedWithHistory() {
        RequirementDetails r = create("Ny kravrad " + System.nanoTime());
        assertThat(r.stage()).isEqualTo(Stage.IDENTIFIED);
        List<BoardCard> identified = RunAs.user(users, "ceo", () -> board.board(BoardFilter.none(), ALL))
                .getFirst()
                .cards();
        assertThat(identified.getLast().id()).isEqualTo(r.id());
        assertThat(RunAs.user(users, "ceo", () -> requirements.history(r.id())))
                .extracting(HistoryItem::field, HistoryItem::newValue, HistoryItem::changedBy)
                .contains(org.assertj.core.groups.Tuple.tuple("stage", "IDENTIFIED", "Sara Lindqvist"));
    }

    @Test
    void aRefusedMoveLeavesTheCardWhereItWasAndSaysWhatIsMissing() {
        RequirementDetails r = create("Grindkontroll " + System.nanoTime());
        assertThatThrownBy(() -> move("product", r, Stage.PRIORITISED))
                .isInstanceOfSatisfying(GateRefusedException.class, e -> assertThat(e.getMissing())
                        .extracting(StageGates.Missing::messageKey)
                        .containsExactly("gate.applies", "gate.realistic", "gate.value", "gate.risk", "gate.effort"));
        assertThat(RunAs.user(users, "ceo", () -> requirements.get(r.id())).stage())
                .isEqualTo(Stage.IDENTIFIED);
    }

    @Test
    void aRequirementWalksTheWholeLifecycleAndEveryStageChangeIsDocumented() {
        RequirementDetails r = analysed(create("Hela flödet " + System.nanoTime()));
        r = move("product", r, Stage.ANALYSED);
        RequirementDetails analysedOne = r;
        r = RunAs.user(
                users,
                "product",
                () -> requirements.updatePriority(
                        analysedOne.id(), analysedOne.version(), new PriorityForm(4, 5, false)));
        assertThat(r.score()).isEqualTo(45);
        r = move("product", r, Stage.PRIORITISED);
        long id = r.id();
        RunAs.user(
                users,
                "product",
                () -> actions.add(
                        id,
                        new ActionForm(
                                ActionType.PROCESS,
                                "Ny rutin",
                                null,
                                LocalDate.now().plusDays(10))));
        r = move("product", RunAs.user(users, "ceo", () -> requirements.get(id)), Stage.ACTIONS);
        RunAs.user(
                users,
                "marketing",
                () -> communications.add(
                        id,
                        new CommunicationForm(
                                "Alla kunder", Channel.NEWSLETTER, LocalDate.now(), "Vi har infört en ny rutin.")));
        // Marketing may move a card on to Communicated, not elsewhere.
        r = move("marketing", RunAs.user(users, "ceo", () -> requirements.get(id)), Stage.COMMUNICATED);
        RequirementDetails communicated = r;
        r = RunAs.user(
                users,
                "product",
                () -> requirements.updateMonitoring(
                        id,
                        communicated.version(),
                        new MonitoringForm(
                                "Andel i tid", "95 %", LocalDate.now().plusMonths(1))));
        r = move("product", r, Stage.MONITORED);
        assertThat(r.stage()).isEqualTo(Stage.MONITORED);

        List<String> stageChanges = RunAs.user(users, "ceo", () -> requirements.history(id)).stream()
                .filter(h -> h.field().equals("stage"))
                .map(h -> h.oldValue() + "->" + h.newValue())
                .toList();
        assertThat(stageChanges)
                .containsExactly(
                        "COMMUNICATED->MONITORED",
                        "ACTIONS->COMMUNICATED",
                        "PRIORITISED->ACTIONS",
                        "ANALYSED->PRIORITISED",
                        "IDENTIFIED->ANALYSED",
                        "null->IDENTIFIED");
    }

    @Test
    void whoMayMoveWhat() {
        RequirementDetails r = analysed(create("Behörighet " + System.nanoTime()));
        for (String user : List.of("sales", "service", "ceo", "marketing")) {
            assertThatThrownBy(() -> move(user, r, Stage.ANALYSED)).as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(move("admin", r, Stage.ANALYSED).stage()).isEqualTo(Stage.ANALYSED);
    }

    @Test
    void fieldChangesAreDocumentedWithOldAndNewValue() {
        RequirementDetails r = create("Fältändring " + System.nanoTime());
        RunAs.user(
                users,
                "product",
                () -> requirements.updateDetails(
                        r.id(),
                        r.version(),
                        RequirementForm.of("Fältändring ny titel", Source.LAW)
                                .withDescription("Beskrivning")
                                .withSourceReference("SFS 2023:254")
                                .withFormal(true)
                                .withJourneyStage("ORDER")));
        List<HistoryItem> history = RunAs.user(users, "ceo", () -> requirements.history(r.id()));
        assertThat(history)
                .extracting(HistoryItem::field, HistoryItem::oldValue, HistoryItem::newValue, HistoryItem::changedBy)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("title", r.title(), "Fältändring ny titel", "Elin Nyström"),
                        org.assertj.core.groups.Tuple.tuple("source", "AGREEMENT", "LAW", "Elin Nyström"),
                        org.assertj.core.groups.Tuple.tuple("formal", "false", "true", "Elin Nyström"));
    }

    @Test
    void ranksChangeWithinAColumn() {
        RequirementDetails first = create("Rang A " + System.nanoTime());
        RequirementDetails second = create("Rang B " + System.nanoTime());
        RunAs.user(
                users, "product", () -> board.move(second.id(), second.version(), Stage.IDENTIFIED, first.id(), false));
        List<Long> order =
                RunAs.user(users, "ceo", () -> board.board(BoardFilter.none(), ALL)).getFirst().cards().stream()
                        .map(BoardCard::id)
                        .filter(id -> id == first.id() || id == second.id())
                        .toList();
        assertThat(order).containsExactly(second.id(), first.id());
        assertThatThrownBy(() -> RunAs.user(
                        users, "sales", () -> board.move(first.id(), first.version(), Stage.IDENTIFIED, null, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Placing card after card just above the same card uses up the gap; the column is renumbered in order. */
    @Test
    void ranksStayInOrderWhenTheGapBetweenTwoCardsIsUsedUp() {
        String prefix = "Glapp " + System.nanoTime() + " ";
        RequirementDetails anchor = create(prefix + "ankare");
        List<Long> placed = new java.util.ArrayList<>();
        for (int i = 0; i < 14; i++) {
            RequirementDetails card = create(prefix + i);
            MovedCard moved = RunAs.user(
                    users,
                    "product",
                    () -> board.moveCard(card.id(), card.version(), Stage.IDENTIFIED, anchor.id(), false));
            assertThat(moved.version()).isEqualTo(card.version() + 1);
            placed.add(card.id());
        }
        placed.add(anchor.id());
        List<Long> order = jdbc.queryForList(
                "select id from requirement where stage = 'IDENTIFIED' and title like ? "
                        + "order by critical desc, board_rank, id",
                Long.class,
                prefix + "%");
        assertThat(order).containsExactlyElementsOf(placed);
        assertThat(jdbc.queryForObject(
                        "select count(distinct board_rank) = count(*) from requirement where stage = 'IDENTIFIED'",
                        Boolean.class))
                .as("no two cards of the column share a rank")
                .isTrue();
    }

    @Test
    void aStaleMoveIsRefused() {
        RequirementDetails r = analysed(create("Gammal version " + System.nanoTime()));
        move("product", r, Stage.ANALYSED);
        assertThatThrownBy(() -> move("product", r, Stage.REJECTED)).isInstanceOf(ConcurrentEditException.class);
    }

    /** Two people move the same card at the same moment, from the same version: exactly one wins. */
    @Test
    void twoConcurrentMovesOfTheSameCardExactlyOneWins() throws Exception {
        RequirementDetails r = analysed(create("Samtidig flytt " + System.nanoTime()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (String user : List.of("product", "admin")) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    RunAs.user(users, user, () -> board.move(r.id(), r.version(), Stage.ANALYSED, null, true));
                    return "won";
                } catch (ConcurrentEditException | OptimisticLockingFailureException e) {
                    return "lost";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("won", "lost");
        assertThat(jdbc.queryForObject(
                        "select count(*) from requirement_history where requirement_id = ? and field = 'stage' and new_value = 'ANALYSED'",
                        Integer.class,
                        r.id()))
                .isEqualTo(1);
    }

    @Test
    void aFullColumnAsksForConfirmation() {
        RequirementDetails r = analysed(create("WIP-gräns " + System.nanoTime()));
        Integer before = RunAs.user(users, "ceo", () -> board.wipLimits().get(Stage.ANALYSED));
        try {
            RunAs.user(users, "admin", () -> board.setWipLimit(Stage.ANALYSED, 1));
            assertThatThrownBy(() -> RunAs.user(
                            users, "product", () -> board.move(r.id(), r.version(), Stage.ANALYSED, null, false)))
                    .isInstanceOf(WipLimitReachedException.class);
            assertThat(RunAs.user(users, "product", () -> board.move(r.id(), r.version(), Stage.ANALYSED, null, true))
                            .stage())
                    .isEqualTo(Stage.ANALYSED);
            BoardColumnView analysedColumn = RunAs.user(users, "ceo", () -> board.board(BoardFilter.none(), ALL))
                    .get(1);
            assertThat(analysedColumn.overLimit()).isTrue();
        } finally {
            RunAs.user(users, "admin", () -> board.setWipLimit(Stage.ANALYSED, before));
        }
        assertThatThrownBy(() -> RunAs.user(users, "product", () -> board.setWipLimit(Stage.ANALYSED, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBoardIsBoundedAndFiltersRunInTheDatabase() {
        List<BoardColumnView> columns = RunAs.user(users, "ceo", () -> board.board(BoardFilter.none(), limits(3)));
        assertThat(columns).hasSize(7);
        assertThat(columns).allSatisfy(c -> assertThat(c.cards()).hasSizeLessThanOrEqualTo(3));
        assertThat(columns.stream().mapToInt(BoardColumnView::count).sum()).isGreaterThanOrEqualTo(150);

        List<BoardColumnView> laws =
                RunAs.user(users, "ceo", () -> board.board(BoardFilter.none().withSource(Source.LAW), ALL));
        assertThat(laws.stream().flatMap(c -> c.cards().stream())).isNotEmpty().allSatisfy(c -> assertThat(c.source())
                .isEqualTo(Source.LAW));

        List<BoardColumnView> high =
                RunAs.user(users, "ceo", () -> board.board(BoardFilter.none().withPriority(Priority.HIGH), ALL));
        assertThat(high.stream().flatMap(c -> c.cards().stream())).isNotEmpty().allSatisfy(c -> assertThat(c.priority())
                .isEqualTo(Priority.HIGH));

        List<BoardColumnView> old =
                RunAs.user(users, "ceo", () -> board.board(BoardFilter.none().withMinDaysInStage(30), ALL));
        assertThat(old.stream().flatMap(c -> c.cards().stream()))
                .allSatisfy(c -> assertThat(c.daysInStage()).isGreaterThanOrEqualTo(30));

        List<BoardColumnView> developers = RunAs.user(
                users, "ceo", () -> board.board(BoardFilter.none().withDepartment("PRODUCT_DEVELOPMENT"), ALL));
        assertThat(developers.stream().flatMap(c -> c.cards().stream()))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.ownerName()).isEqualTo("Elin Nyström"));
    }
}

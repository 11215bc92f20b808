package se.kundlofte.requirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

/**
 * Board reads shared between users who open the same board at nearly the same moment, and the
 * rules that keep them from showing a board older than a committed change. (The tests run with
 * sharing off; these turn it on for themselves.)
 */
@IntegrationTest
class BoardSnapshotsTest {

    @Autowired
    BoardSnapshots snapshots;

    @Autowired
    RequirementService requirements;

    @Autowired
    RequirementBoardService board;

    @Autowired
    RequirementBroadcaster broadcaster;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private final String marker = "Delad tavla " + System.nanoTime();
    private final BoardFilter filter = BoardFilter.none().withText(marker);
    private final Map<Stage, Integer> top = RequirementBoardServiceTest.limits(20);

    @AfterEach
    void sharingOff() {
        snapshots.shareFor(Duration.ZERO);
    }

    private List<BoardColumnView> read(String user) {
        return RunAs.user(users, user, () -> snapshots.board(filter, top));
    }

    private static List<String> titles(List<BoardColumnView> board, Stage stage) {
        return board.stream()
                .filter(c -> c.stage() == stage)
                .flatMap(c -> c.cards().stream())
                .map(BoardCard::title)
                .toList();
    }

    private RequirementDetails create(String title) {
        return RunAs.user(users, "sales", () -> requirements.create(RequirementForm.of(title, Source.OBSERVATION)));
    }

    @Test
    void colleaguesOpeningTheSameBoardWithinTheWindowShareOneRead() {
        create(marker + " A");
        snapshots.shareFor(Duration.ofSeconds(30));

        List<BoardColumnView> sales = read("sales");
        List<BoardColumnView> ceo = read("ceo");

        assertThat(ceo).isSameAs(sales);
        assertThat(titles(ceo, Stage.IDENTIFIED)).containsExactly(marker + " A");
        // Another filter is another read.
        List<BoardColumnView> other =
                RunAs.user(users, "ceo", () -> snapshots.board(filter.withText(marker + " A"), top));
        assertThat(other).isNotSameAs(sales);
    }

    @Test
    void readersArrivingWhileTheQueryRunsWaitForItInsteadOfSendingTheirOwn() throws Exception {
        create(marker + " B");
        snapshots.shareFor(Duration.ofSeconds(30));
        int readers = 8;
        CountDownLatch ready = new CountDownLatch(readers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<BoardColumnView>>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(readers)) {
            for (int i = 0; i < readers; i++) {
                results.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return read("product");
                }));
            }
            ready.await();
            go.countDown();
        }
        List<BoardColumnView> first = results.getFirst().get(10, TimeUnit.SECONDS);
        for (Future<List<BoardColumnView>> result : results) {
            assertThat(result.get()).isSameAs(first);
        }
        assertThat(titles(first, Stage.IDENTIFIED)).containsExactly(marker + " B");
    }

    @Test
    void aCommittedChangeEndsTheSharingBeforeAnyOpenBoardHearsOfIt() throws Exception {
        create(marker + " C");
        snapshots.shareFor(Duration.ofSeconds(30));
        List<BoardColumnView> before = read("sales");
        // An open board re-reads as soon as it hears of a change: what it read per change it heard.
        // (Changes committed earlier, by this test or others, may still be on their way to it.)
        Map<Long, List<String>> readOnHearing = new ConcurrentHashMap<>();
        Runnable unregister = broadcaster.register(
                change -> readOnHearing.put(change.requirementId(), titles(read("ceo"), Stage.IDENTIFIED)));
        try {
            RequirementDetails d = create(marker + " D");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!readOnHearing.containsKey(d.id()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(readOnHearing.get(d.id()))
                    .as("what the open board read when it heard of the new card")
                    .containsExactly(marker + " C", marker + " D");
        } finally {
            unregister.run();
        }
        List<BoardColumnView> after = read("sales");
        assertThat(after).isNotSameAs(before);
        assertThat(titles(after, Stage.IDENTIFIED)).containsExactly(marker + " C", marker + " D");
    }

    @Test
    void aWipLimitChangeEndsTheSharing() {
        Integer limit = RunAs.user(users, "admin", () -> board.wipLimits().get(Stage.IDENTIFIED));
        snapshots.shareFor(Duration.ofSeconds(30));
        read("sales");
        try {
            RunAs.user(users, "admin", () -> board.setWipLimit(Stage.IDENTIFIED, 77));
            List<BoardColumnView> after = read("sales");
            assertThat(after.stream().filter(c -> c.stage() == Stage.IDENTIFIED))
                    .singleElement()
                    .extracting(BoardColumnView::wipLimit)
                    .isEqualTo(77);
        } finally {
            RunAs.user(users, "admin", () -> board.setWipLimit(Stage.IDENTIFIED, limit));
        }
    }

    @Test
    void aChangeThatSendsNoEventShowsOnceTheWindowHasPassed() throws Exception {
        RequirementDetails r = create(marker + " E");
        snapshots.shareFor(Duration.ofMillis(400));
        read("sales");
        jdbc.update("update requirement set title = ? where id = ?", marker + " E, ändrad för hand", r.id());

        // Within the window the shared read is still handed out: the documented price of sharing.
        assertThat(titles(read("sales"), Stage.IDENTIFIED)).containsExactly(marker + " E");
        Thread.sleep(450);
        assertThat(titles(read("sales"), Stage.IDENTIFIED)).containsExactly(marker + " E, ändrad för hand");
    }

    @Test
    void withSharingOffEveryReadGoesToTheDatabase() {
        create(marker + " F");
        snapshots.shareFor(Duration.ZERO);

        assertThat(read("sales")).isNotSameAs(read("sales")).isEqualTo(read("sales"));
    }

    @Test
    void aSharedBoardIsOnlyHandedToUsersWhoMayReadRequirements() {
        snapshots.shareFor(Duration.ofSeconds(30));
        read("sales");

        assertThatThrownBy(() -> snapshots.board(filter, top))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}

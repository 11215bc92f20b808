package se.kundlofte.requirement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.SharedReads;
import se.kundlofte.security.Permission.Require;

/**
 * Board reads shared by everyone who opens the same board at nearly the same moment.
 *
 * <p>A Monday-morning rush is a hundred people asking for the same columns within a second, and
 * every one of them used to send the same board query. Here the first reader of a filter runs the
 * query and the others who ask within {@code kundlofte.shared-reads} (default 1 s) take its
 * result, also while it is still running ({@link SharedReads}). The result is the same list for
 * all of them, so open boards also share the card records in memory. Every user who may read
 * requirements sees the same board for the same filter; the permission is checked per caller.
 *
 * <p>Every committed requirement change ends the sharing at once: {@link RequirementBroadcaster}
 * calls {@link #changed()} before it tells the open boards, and a read that started before the
 * change is never handed out after it. A change that sends no event (a customer renamed, a
 * database edited by hand) shows after at most the sharing time. {@code 0} turns sharing off.
 */
@Service
public class BoardSnapshots {

    private record Key(String kind, BoardFilter filter, Map<Stage, Integer> limits, LocalDate day) {}

    private final RequirementBoardService board;
    private final BusinessTime time;
    private final SharedReads<Key, Object> reads;

    BoardSnapshots(
            RequirementBoardService board, BusinessTime time, @Value("${kundlofte.shared-reads:1s}") Duration shared) {
        this.board = board;
        this.time = time;
        this.reads = new SharedReads<>(shared);
    }

    /** As {@link RequirementBoardService#board}, shared with those who ask for the same at nearly the same time. */
    @SuppressWarnings("unchecked")
    @PreAuthorize(Require.REQUIREMENT_READ)
    public List<BoardColumnView> board(BoardFilter filter, Map<Stage, Integer> limits) {
        return (List<BoardColumnView>) reads.get(
                new Key("board", filter, Map.copyOf(limits), time.today()), () -> board.board(filter, limits));
    }

    /** As {@link RequirementBoardService#columns}, shared the same way (what open boards re-read after a move). */
    @SuppressWarnings("unchecked")
    @PreAuthorize(Require.REQUIREMENT_READ)
    public Map<Stage, BoardColumnView> columns(BoardFilter filter, Map<Stage, Integer> limits) {
        return (Map<Stage, BoardColumnView>) reads.get(
                new Key("columns", filter, Map.copyOf(limits), time.today()), () -> board.columns(filter, limits));
    }

    /**
     * Changes the sharing time while the app runs: a test's way to look at sharing itself. (This
     * and {@link #changed()} read nothing, so they need no permission: the broadcaster calls the
     * latter after a commit, whoever made it.)
     */
    void shareFor(Duration shared) {
        reads.shareFor(shared);
    }

    /** A requirement change was committed: no read from before it is handed out again. */
    void changed() {
        reads.changed();
    }
}

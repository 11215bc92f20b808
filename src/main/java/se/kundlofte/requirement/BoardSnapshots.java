package se.kundlofte.requirement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.security.Permission.Require;

/**
 * Board reads shared by everyone who opens the same board at nearly the same moment.
 *
 * <p>A Monday-morning rush is a hundred people asking for the same columns within a second, and
 * every one of them used to send the same board query. Here the first reader of a filter runs the
 * query and the others who ask within {@code kundlofte.board.shared-read} (default 1 s) take its
 * result, also while it is still running. The result is the same list for all of them, so open
 * boards also share the card records in memory.
 *
 * <p>Every committed requirement change ends the sharing at once: {@link RequirementBroadcaster}
 * calls {@link #changed()} before it tells the open boards, and a read that started before the
 * change is never handed out after it. A change that sends no event (a customer renamed, a
 * database edited by hand) shows after at most the sharing time. {@code 0} turns sharing off.
 */
@Service
public class BoardSnapshots {

    private record Key(String kind, BoardFilter filter, Map<Stage, Integer> limits, LocalDate day) {}

    private record Snapshot(long generation, long readAt, CompletableFuture<Object> result) {}

    /** Distinct filters kept before the expired ones are swept out. */
    private static final int MAX_SNAPSHOTS = 200;

    private final RequirementBoardService board;
    private final BusinessTime time;
    private volatile long sharedNanos;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Key, Snapshot> snapshots = new ConcurrentHashMap<>();

    BoardSnapshots(
            RequirementBoardService board,
            BusinessTime time,
            @Value("${kundlofte.board.shared-read:1s}") Duration shared) {
        this.board = board;
        this.time = time;
        this.sharedNanos = shared.toNanos();
    }

    /** As {@link RequirementBoardService#board}, shared with those who ask for the same at nearly the same time. */
    @SuppressWarnings("unchecked")
    @PreAuthorize(Require.REQUIREMENT_READ)
    public List<BoardColumnView> board(BoardFilter filter, Map<Stage, Integer> limits) {
        return (List<BoardColumnView>)
                shared(new Key("board", filter, Map.copyOf(limits), time.today()), () -> board.board(filter, limits));
    }

    /** As {@link RequirementBoardService#columns}, shared the same way (what open boards re-read after a move). */
    @SuppressWarnings("unchecked")
    @PreAuthorize(Require.REQUIREMENT_READ)
    public Map<Stage, BoardColumnView> columns(BoardFilter filter, Map<Stage, Integer> limits) {
        return (Map<Stage, BoardColumnView>) shared(
                new Key("columns", filter, Map.copyOf(limits), time.today()), () -> board.columns(filter, limits));
    }

    /**
     * Changes the sharing time while the app runs: a test's way to look at sharing itself. (This
     * and {@link #changed()} read nothing, so they need no permission: the broadcaster calls the
     * latter after a commit, whoever made it.)
     */
    void shareFor(Duration shared) {
        sharedNanos = shared.toNanos();
        changed();
    }

    /** A requirement change was committed: no read from before it is handed out again. */
    void changed() {
        generation.incrementAndGet();
        snapshots.clear();
    }

    private Object shared(Key key, Supplier<Object> read) {
        long window = sharedNanos;
        if (window <= 0) {
            return read.get();
        }
        long now = System.nanoTime();
        long current = generation.get();
        CompletableFuture<Object> mine = new CompletableFuture<>();
        Snapshot fresh = new Snapshot(current, now, mine);
        Snapshot taken = snapshots.compute(
                key,
                (k, old) -> old != null
                                && old.generation() == current
                                && now - old.readAt() < window
                                && !old.result().isCompletedExceptionally()
                        ? old
                        : fresh);
        if (taken == fresh && snapshots.size() > MAX_SNAPSHOTS) {
            snapshots.values().removeIf(s -> now - s.readAt() >= window);
        }
        if (taken != fresh) {
            try {
                return taken.result().join();
            } catch (CompletionException e) {
                // The reader who ran the query failed; this caller reads for itself.
                return read.get();
            }
        }
        try {
            Object result = read.get();
            mine.complete(result);
            if (generation.get() != current) {
                snapshots.remove(key, fresh);
            }
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            snapshots.remove(key, fresh);
            throw e;
        }
    }
}

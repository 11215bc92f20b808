package se.kundlofte.base;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One read handed to everyone who asks the same question at nearly the same moment.
 *
 * <p>When a hundred colleagues open the same page within a second, they ask the database the
 * same question a hundred times. Here the first asker of a key reads, and whoever asks for the
 * same key within the window takes that result, also while the read is still running. Results
 * must therefore be immutable and the same for every asker allowed to ask (check permissions
 * before, not inside).
 *
 * <p>{@link #changed()} ends the sharing at once, and a read that started before it is never
 * handed out after it. A change nobody reports shows after at most the window. A window of zero
 * turns sharing off: every call reads.
 *
 * @param <K> what identifies a question (a record of its parameters)
 * @param <V> its answer
 */
public final class SharedReads<K, V> {

    /** Distinct keys kept before the expired ones are swept out. */
    private static final int SWEEP_ABOVE = 200;

    private record Read<V>(long generation, long startedAt, CompletableFuture<V> result) {}

    private final Map<K, Read<V>> reads = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile long windowNanos;

    public SharedReads(Duration window) {
        this.windowNanos = window.toNanos();
    }

    /** The answer to {@code key}: a colleague's if it is fresh, else {@code read}'s (shared from then on). */
    public V get(K key, Supplier<V> read) {
        long window = windowNanos;
        if (window <= 0) {
            return read.get();
        }
        long now = System.nanoTime();
        long current = generation.get();
        Read<V> mine = new Read<>(current, now, new CompletableFuture<>());
        Read<V> taken = reads.compute(
                key,
                (k, old) -> old != null
                                && old.generation() == current
                                && now - old.startedAt() < window
                                && !old.result().isCompletedExceptionally()
                        ? old
                        : mine);
        if (taken != mine) {
            try {
                return taken.result().join();
            } catch (CompletionException e) {
                // The colleague's read failed; this caller reads for itself and gets its own error.
                return read.get();
            }
        }
        if (reads.size() > SWEEP_ABOVE) {
            reads.values().removeIf(r -> now - r.startedAt() >= window);
        }
        try {
            V result = read.get();
            mine.result().complete(result);
            if (generation.get() != current) {
                reads.remove(key, mine);
            }
            return result;
        } catch (RuntimeException | Error e) {
            // Whatever ends the read ends it for those waiting on it too: none may wait forever.
            mine.result().completeExceptionally(e);
            reads.remove(key, mine);
            throw e;
        }
    }

    /** Something the answers depend on changed: no read from before is handed out again. */
    public void changed() {
        generation.incrementAndGet();
        reads.clear();
    }

    /** Changes the window while the app runs (tests look at sharing itself this way). */
    public void shareFor(Duration window) {
        windowNanos = window.toNanos();
        changed();
    }
}

package se.kundlofte.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedReadsTest {

    private final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return "answer " + reads.incrementAndGet();
    }

    @Test
    void askersWithinTheWindowShareOneReadPerKey() {
        SharedReads<String, String> shared = new SharedReads<>(Duration.ofMinutes(1));

        assertThat(shared.get("a", this::read)).isEqualTo("answer 1");
        assertThat(shared.get("a", this::read)).isEqualTo("answer 1");
        assertThat(shared.get("b", this::read)).isEqualTo("answer 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeEndsTheSharingAtOnce() {
        SharedReads<String, String> shared = new SharedReads<>(Duration.ofMinutes(1));
        shared.get("a", this::read);

        shared.changed();

        assertThat(shared.get("a", this::read)).isEqualTo("answer 2");
    }

    @Test
    void aReadThatStartedBeforeAChangeIsNotHandedOutAfterIt() {
        SharedReads<String, String> shared = new SharedReads<>(Duration.ofMinutes(1));

        String during = shared.get("a", () -> {
            String answer = read();
            shared.changed();
            return answer;
        });

        assertThat(during).isEqualTo("answer 1");
        assertThat(shared.get("a", this::read)).isEqualTo("answer 2");
    }

    @Test
    void afterTheWindowTheNextAskerReadsAgain() throws InterruptedException {
        SharedReads<String, String> shared = new SharedReads<>(Duration.ofMillis(50));
        shared.get("a", this::read);

        Thread.sleep(80);

        assertThat(shared.get("a", this::read)).isEqualTo("answer 2");
    }

    @Test
    void aZeroWindowReadsEveryTime() {
        SharedReads<String, String> shared = new SharedReads<>(Duration.ZERO);

        shared.get("a", this::read);
        shared.get("a", this::read);

        assertThat(reads).hasValue(2);
    }

    @Test
    void askersArrivingDuringTheReadWaitForItInsteadOfReading() throws Exception {
        SharedReads<String, String> shared = new SharedReads<>(Duration.ofMinutes(1));
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(5)) {
            answers.add(threads.submit(() -> shared.get("a", () -> {
                reading.countDown();
                await(finish);
                return read();
            })));
            reading.await();
            for (int i = 0; i < 4; i++) {
                answers.add(threads.submit(() -> shared.get("a", this::read)));
            }
            Thread.sleep(100);
            finish.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("answer 1");
            }
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void aFailedReadIsNotSharedAndTheNextAskerReadsForItself() {
        SharedReads<String, String> shared = new SharedReads<>(Duration.ofMinutes(1));

        assertThatThrownBy(() -> shared.get("a", () -> {
                    throw new IllegalStateException("database away");
                }))
                .hasMessage("database away");

        assertThat(shared.get("a", this::read)).isEqualTo("answer 1");
    }

    @Test
    void anErrorEndsTheReadForThoseWaitingOnItToo() throws Exception {
        SharedReads<String, String> shared = new SharedReads<>(Duration.ofMinutes(1));
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch fail = new CountDownLatch(1);
        // Not closed by waiting: without the guard the waiting thread would never end.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> failing = threads.submit(() -> shared.get("a", () -> {
                reading.countDown();
                await(fail);
                throw new StackOverflowError("too deep");
            }));
            reading.await();
            Future<String> waiting = threads.submit(() -> shared.get("a", this::read));
            Thread.sleep(100);
            fail.countDown();

            // The one waiting on the failed read reads for itself instead of waiting for ever.
            assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("answer 1");
            assertThatThrownBy(() -> failing.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(StackOverflowError.class);
        } finally {
            threads.shutdownNow();
        }
        // Nothing of the failed read is left behind for the next asker either.
        assertThat(shared.get("a", this::read)).isEqualTo("answer 2");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package se.kundlofte.test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The portal's clock in tests: the real time until a test sets it, so that a test can move time
 * (across midnight, past a deadline) in the one shared context. A test that sets it resets it in
 * {@code finally}, so that the tests after it see the real time again.
 */
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** From now on the clock shows this instant, until {@link #reset()}. */
    public void set(Instant instant) {
        this.fixed = instant;
    }

    /** Back to the real time. */
    public void reset() {
        this.fixed = null;
    }

    @Override
    public Instant instant() {
        Instant instant = fixed;
        return instant != null ? instant : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock outer = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return outer.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return outer.withZone(other);
            }
        };
    }

    /** Replaces the application's clock in the shared test context (see {@link IntegrationTest}). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}

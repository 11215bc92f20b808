package se.kundlofte.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. After a few failures for a username or from an address, each
 * further attempt must wait a growing cool-down (5 s, 10 s, 20 s … at most 5 minutes); attempts
 * during the cool-down are refused without looking at the password. A real user is never locked
 * out for longer than the cool-down, and a success clears the username's count. Counts fade
 * after 15 minutes without failures.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES_PER_USER = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_COOL_DOWN = Duration.ofSeconds(5);
    static final Duration MAX_COOL_DOWN = Duration.ofMinutes(5);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private Supplier<Instant> clock = Instant::now;

    /** How long the caller must still wait before trying; zero when an attempt may go ahead. */
    public Duration waitBefore(String username, String address) {
        Instant now = clock.get();
        Duration byUser = coolDownLeft(userKey(username), FREE_FAILURES_PER_USER, now);
        Duration byAddress = coolDownLeft(addressKey(address), FREE_FAILURES_PER_ADDRESS, now);
        return byUser.compareTo(byAddress) >= 0 ? byUser : byAddress;
    }

    public void failed(String username, String address) {
        Instant now = clock.get();
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            failures.compute(
                    key,
                    (k, old) -> old == null || isForgotten(old, now)
                            ? new Failures(1, now)
                            : new Failures(old.count() + 1, now));
        }
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Duration coolDownLeft(String key, int free, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < free || isForgotten(f, now)) {
            return Duration.ZERO;
        }
        Duration coolDown = coolDown(f.count() - free);
        Duration left = Duration.between(now, f.last().plus(coolDown));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** 5 s after the first failure beyond the free ones, doubling each time, at most 5 minutes. */
    static Duration coolDown(int failuresBeyondFree) {
        int doublings = Math.min(failuresBeyondFree, 10);
        Duration coolDown = FIRST_COOL_DOWN.multipliedBy(1L << doublings);
        return coolDown.compareTo(MAX_COOL_DOWN) > 0 ? MAX_COOL_DOWN : coolDown;
    }

    private static boolean isForgotten(Failures f, Instant now) {
        return f.last().plus(FORGET_AFTER).isBefore(now);
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "-" : address);
    }

    /** For tests: a clock that can be moved forward, and a clean slate. */
    void useClock(Supplier<Instant> clock) {
        this.clock = clock;
    }

    void reset() {
        failures.clear();
    }
}

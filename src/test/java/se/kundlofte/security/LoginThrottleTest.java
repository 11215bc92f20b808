package se.kundlofte.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle();

    {
        throttle.useClock(now::get);
    }

    private void fail(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void theFirstFailuresCostNothing() {
        fail(4, "anna", "10.0.0.1");
        assertThat(throttle.waitBefore("anna", "10.0.0.1")).isZero();
    }

    @Test
    void furtherFailuresGrowTheCoolDown() {
        fail(5, "anna", "10.0.0.1");
        assertThat(throttle.waitBefore("anna", "10.0.0.2")).isEqualTo(Duration.ofSeconds(5));
        now.set(now.get().plusSeconds(5));
        assertThat(throttle.waitBefore("anna", "10.0.0.2")).isZero();
        fail(1, "anna", "10.0.0.3");
        assertThat(throttle.waitBefore("anna", "10.0.0.2")).isEqualTo(Duration.ofSeconds(10));
        assertThat(LoginThrottle.coolDown(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(LoginThrottle.coolDown(30)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aRealUserIsNeverLockedOutForLongerThanTheCoolDown() {
        fail(40, "anna", "10.0.0.9");
        assertThat(throttle.waitBefore("anna", "192.168.1.5")).isLessThanOrEqualTo(Duration.ofMinutes(5));
        now.set(now.get().plus(Duration.ofMinutes(5)));
        assertThat(throttle.waitBefore("anna", "192.168.1.5")).isZero();
    }

    @Test
    void aSuccessClearsTheUsernameButNotTheAddress() {
        fail(21, "bo", "10.0.0.7");
        throttle.succeeded("bo");
        assertThat(throttle.waitBefore("bo", "10.0.0.8")).isZero();
        assertThat(throttle.waitBefore("carl", "10.0.0.7")).isPositive();
    }

    @Test
    void failuresAreForgottenAfterAQuarterOfAnHour() {
        fail(6, "dan", "10.0.0.4");
        now.set(now.get().plus(Duration.ofMinutes(16)));
        assertThat(throttle.waitBefore("dan", "10.0.0.4")).isZero();
        fail(1, "dan", "10.0.0.4");
        assertThat(throttle.waitBefore("dan", "10.0.0.4")).isZero();
    }

    @Test
    void usernamesAreComparedAsTheLoginDoes() {
        fail(5, " Anna ", "10.0.0.1");
        assertThat(throttle.waitBefore("anna", "10.0.0.6")).isPositive();
    }
}

package se.kundlofte.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriorityTest {

    @Test
    void scoreIsValuePlusRiskTimesTenOverEffort() {
        assertThat(Priority.score(5, 5, Effort.S)).isEqualTo(100);
        assertThat(Priority.score(4, 3, Effort.M)).isEqualTo(35);
        assertThat(Priority.score(4, 3, Effort.L)).isEqualTo(23);
        assertThat(Priority.score(1, 1, Effort.XL)).isEqualTo(4);
    }

    @Test
    void noScoreUntilValueRiskAndEffortAreKnown() {
        assertThat(Priority.score(null, 3, Effort.S)).isNull();
        assertThat(Priority.score(3, null, Effort.S)).isNull();
        assertThat(Priority.score(3, 3, null)).isNull();
    }

    @Test
    void categories() {
        assertThat(Priority.of(true, 4)).isEqualTo(Priority.CRITICAL);
        assertThat(Priority.of(true, null)).isEqualTo(Priority.CRITICAL);
        assertThat(Priority.of(false, 40)).isEqualTo(Priority.HIGH);
        assertThat(Priority.of(false, 39)).isEqualTo(Priority.MEDIUM);
        assertThat(Priority.of(false, 20)).isEqualTo(Priority.MEDIUM);
        assertThat(Priority.of(false, 19)).isEqualTo(Priority.LOW);
        assertThat(Priority.of(false, null)).isEqualTo(Priority.UNSCORED);
    }
}

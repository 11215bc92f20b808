package se.kundlofte.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StartupPlanTest {

    @Test
    void demoModeFillsAnEmptyDatabase() {
        assertThat(StartupPlan.decide(true, 0, "")).isEqualTo(StartupPlan.LOAD_DEMO);
    }

    @Test
    void aDatabaseWithUsersIsLeftAlone() {
        assertThat(StartupPlan.decide(true, 3, "")).isEqualTo(StartupPlan.NOTHING);
        assertThat(StartupPlan.decide(false, 3, "")).isEqualTo(StartupPlan.NOTHING);
    }

    @Test
    void withoutDemoTheFirstStartCreatesTheConfiguredAdmin() {
        assertThat(StartupPlan.decide(false, 0, "a long secret phrase")).isEqualTo(StartupPlan.CREATE_ADMIN);
    }

    @Test
    void withoutDemoAndWithoutPasswordTheStartIsRefused() {
        assertThatThrownBy(() -> StartupPlan.decide(false, 0, " "))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kundlofte.initial-admin.password");
        assertThatThrownBy(() -> StartupPlan.decide(false, 0, null)).isInstanceOf(IllegalStateException.class);
    }
}

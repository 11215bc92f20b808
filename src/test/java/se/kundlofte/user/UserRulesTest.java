package se.kundlofte.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UserRulesTest {

    @Test
    void usernames() {
        assertThat(UserRules.username("sara.lindqvist")).isEmpty();
        assertThat(UserRules.username("  Sara_L-2 ")).isEmpty();
        assertThat(UserRules.username("")).contains("user.error.usernameRequired");
        assertThat(UserRules.username("ab")).contains("user.error.usernameFormat");
        assertThat(UserRules.username("åsa")).contains("user.error.usernameFormat");
        assertThat(UserRules.username("a b c")).contains("user.error.usernameFormat");
        assertThat(UserRules.normalizeUsername("  Sara.L ")).isEqualTo("sara.l");
    }

    @Test
    void emails() {
        assertThat(UserRules.email("sara@foretag.se")).isEmpty();
        assertThat(UserRules.email("")).contains("user.error.emailRequired");
        assertThat(UserRules.email("sara@")).contains("user.error.emailFormat");
        assertThat(UserRules.email("sara foretag.se")).contains("user.error.emailFormat");
    }

    @Test
    void namesDepartmentsAndRoles() {
        assertThat(UserRules.fullName(" ")).contains("user.error.nameRequired");
        assertThat(UserRules.fullName("x".repeat(121))).contains("user.error.nameTooLong");
        assertThat(UserRules.department(null)).isEmpty();
        assertThat(UserRules.department("x".repeat(81))).contains("user.error.departmentTooLong");
        assertThat(UserRules.roles(Set.of())).contains("user.error.rolesRequired");
        assertThat(UserRules.roles(Set.of("SALES", "GOD"))).contains("user.error.rolesUnknown");
        assertThat(UserRules.roles(Set.of("SALES", "CEO"))).isEmpty();
    }

    @Test
    void aNewUserIsCheckedFieldByField() {
        var errors = UserRules.check(new NewUser("x", "", "nope", null, Set.of(), "short"));
        assertThat(errors)
                .extracting(e -> e.field())
                .containsExactlyInAnyOrder("username", "fullName", "email", "roles", "password");
    }
}

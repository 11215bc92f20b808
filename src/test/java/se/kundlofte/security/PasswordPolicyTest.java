package se.kundlofte.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsTwelveToOneHundredTwentyEightCharacters() {
        assertThat(PasswordPolicy.violation("a".repeat(12), "anna")).isEmpty();
        assertThat(PasswordPolicy.violation("å".repeat(64), "anna")).isEmpty();
        assertThat(PasswordPolicy.violation("x".repeat(128), "anna")).isEmpty();
    }

    @Test
    void refusesShortLongBlankAndUsername() {
        assertThat(PasswordPolicy.violation("a".repeat(11), "anna")).contains("password.error.tooShort");
        assertThat(PasswordPolicy.violation("x".repeat(129), "anna")).contains("password.error.tooLong");
        assertThat(PasswordPolicy.violation("   ", "anna")).contains("password.error.required");
        assertThat(PasswordPolicy.violation(null, "anna")).contains("password.error.required");
        assertThat(PasswordPolicy.violation("Anna.Andersson", "anna.andersson"))
                .contains("password.error.sameAsUsername");
    }

    @Test
    void countsCharactersNotBytes() {
        // 12 Swedish letters are 24 bytes in UTF-8 but 12 characters.
        assertThat(PasswordPolicy.violation("åäöåäöåäöåäö", "anna")).isEmpty();
        assertThat(PasswordPolicy.violation("åäöåäöåäöåä", "anna")).contains("password.error.tooShort");
    }
}

package se.kundlofte.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgNumberTest {

    @Test
    void acceptsValidNumbersInTheFormsPeopleTypeThem() {
        // Volvo Car Corporation and the Swedish Tax Agency, both with valid check digits.
        assertThat(OrgNumber.normalize("556074-3089")).contains("556074-3089");
        assertThat(OrgNumber.normalize("5560743089")).contains("556074-3089");
        assertThat(OrgNumber.normalize(" 556074 3089 ")).contains("556074-3089");
        assertThat(OrgNumber.normalize("16556074-3089")).contains("556074-3089");
        assertThat(OrgNumber.normalize("202100-5448")).contains("202100-5448");
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThat(OrgNumber.normalize("556074-3088")).isEmpty();
        assertThat(OrgNumber.normalize("202100-5449")).isEmpty();
    }

    @Test
    void refusesWrongLengthsAndLetters() {
        assertThat(OrgNumber.normalize("55607-3089")).isEmpty();
        assertThat(OrgNumber.normalize("556074-30899")).isEmpty();
        assertThat(OrgNumber.normalize("55607A-3089")).isEmpty();
        assertThat(OrgNumber.normalize("")).isEmpty();
        assertThat(OrgNumber.normalize(null)).isEmpty();
    }

    @Test
    void blankIsAllowedBecauseTheNumberIsOptional() {
        assertThat(OrgNumber.isValidOrBlank(null)).isTrue();
        assertThat(OrgNumber.isValidOrBlank("  ")).isTrue();
        assertThat(OrgNumber.isValidOrBlank("556074-3088")).isFalse();
    }

    @Test
    void computesCheckDigits() {
        assertThat(OrgNumber.withCheckDigit("556074308")).isEqualTo("556074-3089");
        assertThat(OrgNumber.luhnValid("5560743089")).isTrue();
    }
}

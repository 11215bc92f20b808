package se.kundlofte.promise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules that turn evidence into kept / at risk / broken / disputed, with the default thresholds (3/10 contacts, 90/75 %). */
class PromiseHealthRulesTest {

    private static final HealthThresholds T = HealthThresholds.DEFAULTS;

    @Test
    void withoutEvidenceAPromiseIsNotMeasured() {
        assertThat(PromiseHealthRules.assess(T, 0, 0, 0, 0)).isEqualTo(HealthStatus.NOT_MEASURED);
    }

    @Test
    void fewContactsAndAHighRateKeepThePromise() {
        assertThat(PromiseHealthRules.assess(T, 2, 10, 9, 0)).isEqualTo(HealthStatus.KEPT);
        assertThat(PromiseHealthRules.assess(T, 0, 4, 4, 0)).isEqualTo(HealthStatus.KEPT);
    }

    @Test
    void contactsAtTheThresholdPutItAtRiskAndTheBrokenThresholdBreaksIt() {
        assertThat(PromiseHealthRules.assess(T, 3, 0, 0, 0)).isEqualTo(HealthStatus.AT_RISK);
        assertThat(PromiseHealthRules.assess(T, 9, 0, 0, 0)).isEqualTo(HealthStatus.AT_RISK);
        assertThat(PromiseHealthRules.assess(T, 10, 0, 0, 0)).isEqualTo(HealthStatus.BROKEN);
    }

    @Test
    void theRateIsComparedStrictlyBelowTheThresholds() {
        // 9 of 10 = 90 %: not below 90, kept; 8 of 10 = 80 %: at risk; 3 of 4 = 75 %: at risk; 7 of 10 = 70 %: broken.
        assertThat(PromiseHealthRules.assess(T, 0, 10, 9, 0)).isEqualTo(HealthStatus.KEPT);
        assertThat(PromiseHealthRules.assess(T, 0, 10, 8, 0)).isEqualTo(HealthStatus.AT_RISK);
        assertThat(PromiseHealthRules.assess(T, 0, 4, 3, 0)).isEqualTo(HealthStatus.AT_RISK);
        assertThat(PromiseHealthRules.assess(T, 0, 10, 7, 0)).isEqualTo(HealthStatus.BROKEN);
    }

    @Test
    void aDisagreementWithTheCustomerMakesItDisputedUnlessOurOwnEvidenceBreaksIt() {
        assertThat(PromiseHealthRules.assess(T, 0, 5, 5, 1)).isEqualTo(HealthStatus.DISPUTED);
        assertThat(PromiseHealthRules.assess(T, 5, 5, 4, 1)).isEqualTo(HealthStatus.DISPUTED);
        assertThat(PromiseHealthRules.assess(T, 12, 5, 5, 1)).isEqualTo(HealthStatus.BROKEN);
    }

    @Test
    void theOwnersThresholdsAreWhatCounts() {
        HealthThresholds strict = new HealthThresholds(30, 1, 2, 99, 95);
        assertThat(PromiseHealthRules.assess(strict, 1, 0, 0, 0)).isEqualTo(HealthStatus.AT_RISK);
        assertThat(PromiseHealthRules.assess(strict, 2, 0, 0, 0)).isEqualTo(HealthStatus.BROKEN);
        assertThat(PromiseHealthRules.assess(strict, 0, 100, 97, 0)).isEqualTo(HealthStatus.AT_RISK);
    }

    @Test
    void thresholdsThatContradictEachOtherAreRefusedFieldByField() {
        assertThat(T.problems()).isEmpty();
        assertThat(new HealthThresholds(3, 0, 0, 101, 101).problems())
                .extracting(e -> e.field())
                .containsExactly("windowDays", "atRiskContacts", "brokenContacts", "atRiskRate", "brokenRate");
        assertThat(new HealthThresholds(90, 5, 5, 80, 80).problems())
                .extracting(e -> e.field() + ":" + e.messageKey())
                .containsExactly(
                        "brokenContacts:promise.error.brokenAboveAtRisk", "brokenRate:promise.error.brokenRateBelow");
    }

    @Test
    void theRateIsTheShareOfChecksKept() {
        assertThat(PromiseHealthRules.rate(0, 0)).isNull();
        assertThat(PromiseHealthRules.rate(4, 3)).isEqualTo(0.75);
    }
}

package se.kundlofte.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** NPS, CSAT and CES against values computed by hand. */
class SatisfactionMetricsTest {

    @Test
    void noResponsesHaveNoValueRatherThanZero() {
        for (SurveyType type : SurveyType.values()) {
            Score score = SatisfactionMetrics.score(type, Tally.NONE);
            assertThat(score.value()).as(type.name()).isNull();
            assertThat(score.lower()).isNull();
            assertThat(score.upper()).isNull();
            assertThat(score.responses()).isZero();
            assertThat(score.trusted()).isFalse();
            assertThat(score.hasValue()).isFalse();
        }
    }

    @Test
    void npsIsPromotersMinusDetractorsInPoints() {
        // 10, 9, 9 promoters; 8, 7 passives; 6, 3, 0 detractors: (3 - 3) / 8 = 0.
        assertThat(SatisfactionMetrics.score(SurveyType.NPS, Tally.of(SurveyType.NPS, 10, 9, 9, 8, 7, 6, 3, 0))
                        .value())
                .isCloseTo(0.0, within(1e-9));
        // 2 promoters, 1 passive, 1 detractor of 4: 100 × (2 - 1) / 4 = 25.
        Score score = SatisfactionMetrics.score(SurveyType.NPS, Tally.of(SurveyType.NPS, 10, 9, 8, 5));
        assertThat(score.value()).isCloseTo(25.0, within(1e-9));
        // SE = √((0.5 + 0.25 − 0.25²) / 4) = √(0.6875 / 4) = 0.414578; × 1.96 × 100 = 81.26: clipped at −100/100.
        assertThat(score.lower()).isCloseTo(25 - 81.2573, within(1e-3));
        assertThat(score.upper()).isCloseTo(100.0, within(1e-9));
        assertThat(score.trusted()).isFalse();
    }

    @Test
    void allDetractorsIsMinusHundredWithNoSpread() {
        Score score = SatisfactionMetrics.score(SurveyType.NPS, Tally.of(SurveyType.NPS, 0, 3, 6, 6));
        assertThat(score.value()).isCloseTo(-100.0, within(1e-9));
        assertThat(score.lower()).isCloseTo(-100.0, within(1e-9));
        assertThat(score.upper()).isCloseTo(-100.0, within(1e-9));
    }

    @Test
    void onePromoterIsHundredWithoutAnInterval() {
        Score score = SatisfactionMetrics.score(SurveyType.NPS, Tally.of(SurveyType.NPS, 10));
        assertThat(score.value()).isCloseTo(100.0, within(1e-9));
        assertThat(score.responses()).isEqualTo(1);
        assertThat(score.lower()).isNull();
        assertThat(score.upper()).isNull();
        assertThat(score.trusted()).isFalse();
    }

    @Test
    void npsIntervalOfALargeSampleByHand() {
        // 400 responses: 200 promoters, 100 passives, 100 detractors. NPS = 25.
        // SE = √((0.5 + 0.25 − 0.0625) / 400) = √0.00171875 = 0.0414578; half = 1.96 × 4.14578 = 8.1257.
        Score score = SatisfactionMetrics.score(SurveyType.NPS, new Tally(400, 0, 0, 200, 100));
        assertThat(score.value()).isCloseTo(25.0, within(1e-9));
        assertThat(score.lower()).isCloseTo(16.8743, within(1e-3));
        assertThat(score.upper()).isCloseTo(33.1257, within(1e-3));
        assertThat(score.trusted()).isTrue();
    }

    @Test
    void csatIsTheShareAnsweringFourOrFive() {
        // 5, 4, 4 satisfied of 5, 3 and 1 not: 60 %.
        Score score = SatisfactionMetrics.score(SurveyType.CSAT, Tally.of(SurveyType.CSAT, 5, 4, 4, 3, 1));
        assertThat(score.value()).isCloseTo(60.0, within(1e-9));
        // half = 1.96 × √(0.6 × 0.4 / 5) × 100 = 1.96 × 21.9089 = 42.94.
        assertThat(score.lower()).isCloseTo(60 - 42.9415, within(1e-3));
        assertThat(score.upper()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void cesIsTheMeanWithATIntervalAndTheShareOfEasyAnswers() {
        // 7, 6, 5, 3, 4: mean 5; s² = ((4 + 1 + 0 + 4 + 1) / 4) = 2.5; SE = √(2.5 / 5) = 0.7071;
        // t(0.975, 4) = 2.776: half = 1.9630. Easy (5–7): 3 of 5 = 0.6.
        Score score = SatisfactionMetrics.score(SurveyType.CES, Tally.of(SurveyType.CES, 7, 6, 5, 3, 4));
        assertThat(score.value()).isCloseTo(5.0, within(1e-9));
        assertThat(score.lower()).isCloseTo(3.0371, within(1e-3));
        assertThat(score.upper()).isCloseTo(6.9629, within(1e-3));
        assertThat(score.easyShare()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void thirtyResponsesAreTrustedTwentyNineAreNot() {
        assertThat(SatisfactionMetrics.score(SurveyType.CSAT, new Tally(29, 100, 400, 20, 3))
                        .trusted())
                .isFalse();
        assertThat(SatisfactionMetrics.score(SurveyType.CSAT, new Tally(30, 100, 400, 20, 3))
                        .trusted())
                .isTrue();
    }

    @Test
    void tQuantilesApproachTheNormal() {
        assertThat(SatisfactionMetrics.t975(1)).isEqualTo(12.706);
        assertThat(SatisfactionMetrics.t975(11)).isEqualTo(2.228);
        assertThat(SatisfactionMetrics.t975(1000)).isEqualTo(1.96);
    }

    @Test
    void scalesAndFollowUpsPerType() {
        assertThat(SurveyType.NPS.inScale(0)).isTrue();
        assertThat(SurveyType.NPS.inScale(11)).isFalse();
        assertThat(SurveyType.CSAT.inScale(0)).isFalse();
        assertThat(SurveyType.CES.inScale(7)).isTrue();
        assertThat(SurveyType.CES.inScale(8)).isFalse();
        assertThat(SurveyType.NPS.needsFollowUp(6)).isTrue();
        assertThat(SurveyType.NPS.needsFollowUp(7)).isFalse();
        assertThat(SurveyType.CSAT.needsFollowUp(2)).isTrue();
        assertThat(SurveyType.CSAT.needsFollowUp(3)).isFalse();
        assertThat(SurveyType.CES.needsFollowUp(1)).isFalse();
    }
}

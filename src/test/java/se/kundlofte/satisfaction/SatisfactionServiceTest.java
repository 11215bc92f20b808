package se.kundlofte.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.Segment;
import se.kundlofte.demand.Granularity;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

/**
 * Trends and breakdowns on the database, in years no other test or the demo uses, so that the
 * figures over all customers (the daily summary) are exactly those of this test.
 */
@IntegrationTest
@WithUserDetails("ceo")
class SatisfactionServiceTest {

    @Autowired
    SatisfactionService satisfaction;

    @Autowired
    SurveyResponseService responses;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private void record(long customer, SurveyType type, int score, LocalDate day, String stage, String comment) {
        RunAs.user(
                users,
                "marketing",
                () -> responses.record(SurveyResponseForm.of(type, score, day, customer)
                        .withJourneyStage(stage)
                        .withComment(comment)));
    }

    @Test
    void trendsPerMonthAndWeekFromTheResponsesAndFromTheSummaryAgree() {
        CustomerDetails customer =
                SatisfactionFixtures.customerOfSales(users, customers, jdbc, "Trendkund", Segment.ENTERPRISE);
        LocalDate march = LocalDate.of(2003, 3, 3);
        record(customer.id(), SurveyType.NPS, 10, march, "USE", null);
        record(customer.id(), SurveyType.NPS, 9, march.plusDays(1), "USE", null);
        record(customer.id(), SurveyType.NPS, 8, march.plusDays(7), "DELIVERY_INSTALLATION", null);
        record(customer.id(), SurveyType.NPS, 5, march.plusDays(8), "DELIVERY_INSTALLATION", null);
        record(customer.id(), SurveyType.NPS, 0, LocalDate.of(2003, 4, 10), "USE", null);
        record(customer.id(), SurveyType.NPS, 3, LocalDate.of(2003, 4, 11), "USE", null);
        record(customer.id(), SurveyType.CSAT, 5, march, "USE", null);

        SatisfactionFilter all = SatisfactionFilter.between(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 12, 31));
        for (SatisfactionFilter filter : List.of(
                all,
                all.withCustomer(customer.id()),
                all.withKeyAccountsOnly(true).withSegment(Segment.ENTERPRISE))) {
            List<TrendPoint> months = satisfaction.trend(SurveyType.NPS, filter, Granularity.MONTH);
            assertThat(months)
                    .extracting(TrendPoint::period)
                    .containsExactly(LocalDate.of(2003, 3, 1), LocalDate.of(2003, 4, 1));
            assertThat(months.get(0).score().value()).isCloseTo(25.0, within(1e-9));
            assertThat(months.get(0).score().responses()).isEqualTo(4);
            assertThat(months.get(0).score().trusted()).isFalse();
            assertThat(months.get(1).score().value()).isCloseTo(-100.0, within(1e-9));
            assertThat(satisfaction.total(SurveyType.NPS, filter).responses()).isEqualTo(6);
            assertThat(satisfaction.total(SurveyType.NPS, filter).value()).isCloseTo(100.0 * (2 - 3) / 6, within(1e-9));
        }
        List<TrendPoint> weeks = satisfaction.trend(SurveyType.NPS, all, Granularity.WEEK);
        assertThat(weeks).extracting(p -> p.score().responses()).containsExactly(2L, 2L, 2L);
        assertThat(weeks.getFirst().period()).isEqualTo(march);
        assertThat(weeks.getFirst().score().value()).isCloseTo(100.0, within(1e-9));
        assertThat(satisfaction.trend(SurveyType.CES, all, Granularity.MONTH)).isEmpty();
        assertThat(satisfaction.total(SurveyType.CES, all).value()).isNull();
    }

    @Test
    void byStageAndSegmentStandBesideTheFailureDemandOfTheSameCustomersAndPeriod() {
        CustomerDetails customer =
                SatisfactionFixtures.customerOfSales(users, customers, jdbc, "Drivkund", Segment.PUBLIC_SECTOR);
        LocalDate day = LocalDate.of(2004, 5, 12);
        record(customer.id(), SurveyType.CSAT, 5, day, "USE", null);
        record(customer.id(), SurveyType.CSAT, 4, day, "USE", null);
        record(customer.id(), SurveyType.CSAT, 1, day, "DELIVERY_INSTALLATION", null);
        record(customer.id(), SurveyType.CSAT, 2, day, "DELIVERY_INSTALLATION", null);
        for (int i = 0; i < 3; i++) {
            SatisfactionFixtures.contact(jdbc, customer.id(), day, "FAILURE", "DELIVERY_INSTALLATION");
        }
        SatisfactionFixtures.contact(jdbc, customer.id(), day, "VALUE", "DELIVERY_INSTALLATION");
        SatisfactionFixtures.contact(jdbc, customer.id(), day, "VALUE", "USE");

        SatisfactionFilter year = SatisfactionFilter.between(LocalDate.of(2004, 1, 1), LocalDate.of(2004, 12, 31));
        for (SatisfactionFilter filter : List.of(year, year.withCustomer(customer.id()))) {
            List<DriverRow> stages = satisfaction.byStage(SurveyType.CSAT, filter);
            assertThat(stages).extracting(DriverRow::key).containsExactly("DELIVERY_INSTALLATION", "USE");
            assertThat(stages.get(0).score().value()).isCloseTo(0.0, within(1e-9));
            assertThat(stages.get(0).failureRatio()).isCloseTo(0.75, within(1e-9));
            assertThat(stages.get(0).contacts()).isEqualTo(4);
            assertThat(stages.get(1).score().value()).isCloseTo(100.0, within(1e-9));
            assertThat(stages.get(1).failureRatio()).isCloseTo(0.0, within(1e-9));
            List<DriverRow> segments = satisfaction.bySegment(SurveyType.CSAT, filter);
            assertThat(segments).extracting(DriverRow::key).containsExactly("PUBLIC_SECTOR");
            assertThat(segments.getFirst().score().value()).isCloseTo(50.0, within(1e-9));
            assertThat(segments.getFirst().failureRatio()).isCloseTo(0.6, within(1e-9));
        }
        List<DriverRow> onlyUse = satisfaction.byStage(SurveyType.CSAT, year.withJourneyStage("USE"));
        assertThat(onlyUse).extracting(DriverRow::key).containsExactly("USE");
    }

    @Test
    void commentsAreListedNewestFirstAndSearched() {
        CustomerDetails customer =
                SatisfactionFixtures.customerOfSales(users, customers, jdbc, "Kommentarkund", Segment.NON_PROFIT);
        record(customer.id(), SurveyType.NPS, 2, LocalDate.of(2005, 2, 1), "USE", "Fakturan var fel igen");
        record(customer.id(), SurveyType.NPS, 9, LocalDate.of(2005, 2, 3), "USE", "Snabb och trevlig service");
        record(customer.id(), SurveyType.NPS, 9, LocalDate.of(2005, 2, 4), "USE", null);
        SatisfactionFilter year = SatisfactionFilter.between(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 12, 31));
        assertThat(satisfaction.comments(year, null, PageRequest.of(0, 10)))
                .extracting(ResponseItem::comment)
                .containsExactly("Snabb och trevlig service", "Fakturan var fel igen");
        assertThat(satisfaction.comments(year.withText("faktura"), SurveyType.NPS, PageRequest.of(0, 10)))
                .extracting(ResponseItem::score)
                .containsExactly(2);
        assertThat(satisfaction.comments(year, SurveyType.CSAT, PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(satisfaction.latestOf(customer.id(), 5)).hasSize(3);
    }

    @Test
    void theDailySummaryAlwaysEqualsTheResponses() {
        for (SurveyType type : SurveyType.values()) {
            var summary = jdbc.queryForMap(
                    "select coalesce(sum(responses), 0) as n, coalesce(sum(score_sum), 0) as total from satisfaction_day where survey_type = ?",
                    type.name());
            var direct = jdbc.queryForMap(
                    "select count(*) as n, coalesce(sum(score), 0) as total from survey_response where survey_type = ?",
                    type.name());
            assertThat(((Number) summary.get("n")).longValue())
                    .as(type.name())
                    .isEqualTo(((Number) direct.get("n")).longValue());
            assertThat(((Number) summary.get("total")).longValue())
                    .isEqualTo(((Number) direct.get("total")).longValue());
        }
    }
}

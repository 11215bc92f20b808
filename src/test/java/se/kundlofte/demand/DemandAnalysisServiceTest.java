package se.kundlofte.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Source;
import se.kundlofte.requirement.Stage;
import se.kundlofte.test.IntegrationTest;

/** The ratio and the Pareto against data computed by hand, in a year of their own (2001). */
@IntegrationTest
@WithUserDetails("service")
class DemandAnalysisServiceTest {

    private static final DemandFilter YEAR_2001 =
            DemandFilter.between(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31));

    @Autowired
    BusinessTime businessTime;

    @Autowired
    DemandAnalysisService analysis;

    @Autowired
    DemandService demands;

    @Autowired
    RequirementService requirements;

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Long> causes;
    private Map<String, Long> channels;

    @BeforeEach
    void handMadeYear() {
        causes =
                jdbc
                        .query(
                                "select code, id from failure_cause",
                                (rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                        .stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        channels =
                jdbc
                        .query(
                                "select code, id from contact_channel",
                                (rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                        .stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (jdbc.queryForObject("select count(*) from demand where year(logged_at) = 2001", Integer.class) > 0) {
            return;
        }
        // Week 1 (Mon 1 Jan): 3 value, 1 failure (not done), 1 unclassified → 1 / 4 = 25 %.
        insert("2001-01-01T09:00", "PHONE", "VALUE", null);
        insert("2001-01-02T09:00", "PHONE", "VALUE", null);
        insert("2001-01-03T09:00", "EMAIL", "VALUE", null);
        insert("2001-01-04T09:00", "PHONE", "FAILURE", "NOT_DONE");
        insert("2001-01-05T09:00", "CHAT", "UNCLASSIFIED", null);
        // Week 2 (Mon 8 Jan): 1 value, 3 failure (2 waiting, 1 not done) → 3 / 4 = 75 %.
        insert("2001-01-08T09:00", "EMAIL", "VALUE", null);
        insert("2001-01-09T09:00", "PHONE", "FAILURE", "WAITING");
        insert("2001-01-10T09:00", "PHONE", "FAILURE", "WAITING");
        insert("2001-01-14T23:30", "EMAIL", "FAILURE", "NOT_DONE");
    }

    private void insert(String at, String channel, String kind, String cause) {
        Timestamp time = Timestamp.from(LocalDateTime.parse(at).toInstant(ZoneOffset.UTC));
        jdbc.update(
                "insert into demand (channel_id, customer_words, kind, cause_id, logged_at, updated_at) values (?,?,?,?,?,?)",
                channels.get(channel),
                "Testkontakt " + at,
                kind,
                cause == null ? null : causes.get(cause),
                time,
                time);
    }

    @Test
    void weeklyRatio() {
        List<RatioPoint> weeks = analysis.ratio(YEAR_2001, Granularity.WEEK);
        assertThat(weeks)
                .containsExactly(
                        new RatioPoint(LocalDate.of(2001, 1, 1), 3, 1), new RatioPoint(LocalDate.of(2001, 1, 8), 1, 3));
        assertThat(weeks.get(0).ratio()).isEqualTo(0.25);
        assertThat(weeks.get(1).ratio()).isEqualTo(0.75);
    }

    @Test
    void monthlyRatio() {
        assertThat(analysis.ratio(YEAR_2001, Granularity.MONTH))
                .containsExactly(new RatioPoint(LocalDate.of(2001, 1, 1), 4, 4));
    }

    @Test
    void paretoOfCausesWithCumulativeShare() {
        List<ParetoBar> pareto = analysis.pareto(YEAR_2001);
        assertThat(pareto)
                .extracting(ParetoBar::nameEn, ParetoBar::count, ParetoBar::cumulativeShare)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Not done / chasing progress", 2L, 0.5),
                        org.assertj.core.groups.Tuple.tuple("Waiting time", 2L, 1.0));
    }

    @Test
    void breakdownByChannel() {
        List<BreakdownRow> rows = analysis.breakdown(YEAR_2001, Breakdown.CHANNEL, 10);
        assertThat(rows)
                .extracting(BreakdownRow::labelEn, BreakdownRow::value, BreakdownRow::failure)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Phone", 2L, 3L),
                        org.assertj.core.groups.Tuple.tuple("Email", 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple("Chat", 0L, 0L));
    }

    @Test
    void filtersNarrowTheFigures() {
        DemandFilter phone = YEAR_2001.withChannel(channels.get("PHONE"));
        assertThat(analysis.ratio(phone, Granularity.MONTH))
                .containsExactly(new RatioPoint(LocalDate.of(2001, 1, 1), 2, 3));
        DemandFilter firstWeek = YEAR_2001.withPeriod(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 7));
        assertThat(analysis.pareto(firstWeek)).extracting(ParetoBar::count).containsExactly(1L);
    }

    @Test
    void theDemoYearHasAFailureRatioNearFortyFivePercent() {
        List<RatioPoint> year = analysis.ratio(DemandFilter.lastWeeks(52, businessTime.today()), Granularity.MONTH);
        long value = year.stream().mapToLong(RatioPoint::value).sum();
        long failure = year.stream().mapToLong(RatioPoint::failure).sum();
        assertThat(value + failure).isGreaterThan(15_000);
        assertThat((double) failure / (value + failure)).isBetween(0.38, 0.50);
    }

    @Test
    void workOnACauseReducedItsFailureDemand() {
        List<BeforeAfter> results = analysis.beforeAfter();
        assertThat(results).isNotEmpty();
        assertThat(results).allSatisfy(r -> assertThat(r.after()).isLessThan(r.before()));
    }

    @Test
    void aCauseBecomesARequirementWithItsSampleContacts() {
        long cause = causes.get("MISSING_INFO");
        // Contacts not yet linked to any requirement (other tests link some).
        List<Long> samples = jdbc.queryForList(
                "select id from demand where cause_id = ? and kind = 'FAILURE' and requirement_id is null order by id desc limit 3",
                Long.class,
                cause);
        RequirementDetails created = analysis.createRequirement(cause, samples, Locale.of("sv"));

        assertThat(created.stage()).isEqualTo(Stage.IDENTIFIED);
        assertThat(created.source()).isEqualTo(Source.FAILURE_DEMAND);
        assertThat(created.title()).isEqualTo("Felefterfrågan: Saknad eller otydlig information");
        assertThat(created.description()).contains("“");
        assertThat(jdbc.queryForObject(
                        "select count(*) from cause_requirement where cause_id = ? and requirement_id = ?",
                        Integer.class,
                        cause,
                        created.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from demand where requirement_id = ?", Integer.class, created.id()))
                .isEqualTo(samples.size());
    }
}

package se.kundlofte.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.customer.Segment;
import se.kundlofte.demand.Granularity;
import se.kundlofte.satisfaction.FollowUpFilter;
import se.kundlofte.satisfaction.FollowUpService;
import se.kundlofte.satisfaction.SatisfactionFilter;
import se.kundlofte.satisfaction.SatisfactionService;
import se.kundlofte.satisfaction.SurveyResponseForm;
import se.kundlofte.satisfaction.SurveyResponseService;
import se.kundlofte.satisfaction.SurveyType;
import se.kundlofte.test.IntegrationTest;

/**
 * Satisfaction with 200,000 survey responses over two years from 2,000 customers: the time of every
 * trend, breakdown and list query the satisfaction page sends, and of a save. Prints median and
 * p95; asserts nothing about time. Run with {@code ./mvnw -Pbenchmark,production verify} (or
 * {@code -Dtest=SatisfactionBenchmark}).
 */
@Tag("benchmark")
@IntegrationTest
@WithUserDetails("admin")
class SatisfactionBenchmark {

    private static final int RESPONSES = 200_000;
    private static final int CUSTOMERS = 2_000;
    private static final int RUNS = 40;

    @Autowired
    BusinessTime businessTime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SatisfactionService satisfaction;

    @Autowired
    SurveyResponseService responses;

    @Autowired
    FollowUpService followUps;

    @Test
    void trendsAndBreakdownsOverTwoHundredThousandResponses() {
        long seedStart = System.nanoTime();
        seed();
        long total = jdbc.queryForObject("select count(*) from survey_response", Long.class);
        System.out.printf(
                Locale.ROOT,
                "%nSatisfaction benchmark: %,d responses from %,d customers (seeded in %d s)%n",
                total,
                jdbc.queryForObject("select count(*) from customer", Long.class),
                (System.nanoTime() - seedStart) / 1_000_000_000);
        System.out.printf(Locale.ROOT, "%-52s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "max ms");
        LocalDate today = businessTime.today();
        SatisfactionFilter twoYears = SatisfactionFilter.between(today.minusYears(2), today);
        Long industry = jdbc.queryForObject("select min(id) from industry", Long.class);
        Long customer = jdbc.queryForObject(
                "select customer_id from survey_response group by customer_id order by count(*) desc limit 1",
                Long.class);
        SatisfactionFilter segment = twoYears.withSegment(Segment.PUBLIC_SECTOR);
        SatisfactionFilter keyAccountsInIndustry =
                twoYears.withIndustry(industry).withKeyAccountsOnly(true);
        measure("NPS per month, all customers", () -> satisfaction.trend(SurveyType.NPS, twoYears, Granularity.MONTH));
        measure("NPS per week, all customers", () -> satisfaction.trend(SurveyType.NPS, twoYears, Granularity.WEEK));
        measure(
                "CES per month, one journey stage",
                () -> satisfaction.trend(SurveyType.CES, twoYears.withJourneyStage("USE"), Granularity.MONTH));
        measure("CSAT per month, one segment", () -> satisfaction.trend(SurveyType.CSAT, segment, Granularity.MONTH));
        measure(
                "NPS per week, key accounts of one industry",
                () -> satisfaction.trend(SurveyType.NPS, keyAccountsInIndustry, Granularity.WEEK));
        measure(
                "NPS per month, one customer",
                () -> satisfaction.trend(SurveyType.NPS, twoYears.withCustomer(customer), Granularity.MONTH));
        measure("NPS total, all customers", () -> satisfaction.total(SurveyType.NPS, twoYears));
        measure("CSAT total, one segment", () -> satisfaction.total(SurveyType.CSAT, segment));
        measure(
                "by journey stage + failure ratio, all customers",
                () -> satisfaction.byStage(SurveyType.NPS, twoYears));
        measure("by journey stage + failure ratio, one segment", () -> satisfaction.byStage(SurveyType.NPS, segment));
        measure("by segment + failure ratio, all customers", () -> satisfaction.bySegment(SurveyType.NPS, twoYears));
        measure(
                "by segment + failure ratio, key accounts/industry",
                () -> satisfaction.bySegment(SurveyType.CSAT, keyAccountsInIndustry));
        measure(
                "comments, first page (50), all types",
                () -> satisfaction.comments(twoYears, null, PageRequest.of(0, 50)));
        measure(
                "comments, first page, NPS of one segment",
                () -> satisfaction.comments(segment, SurveyType.NPS, PageRequest.of(0, 50)));
        measure(
                "comments, search a word",
                () -> satisfaction.comments(twoYears.withText("faktura"), null, PageRequest.of(0, 50)));
        measure("customer page: latest 5 answers", () -> satisfaction.latestOf(customer, 5));
        measure("open follow-ups, first page", () -> followUps.list(FollowUpFilter.open(), PageRequest.of(0, 50)));
        measure("count of overdue follow-ups", () -> followUps.countOpen(true, null));
        SurveyResponseForm form = SurveyResponseForm.of(SurveyType.NPS, 4, today, customer)
                .withJourneyStage("USE")
                .withComment("Fakturan var fel");
        measure("save one response (opens a follow-up)", () -> responses.record(form));
        System.out.println();
    }

    private static void measure(String name, Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "%-52s %9.2f %9.2f %9.2f%n",
                name,
                millis[RUNS / 2],
                millis[(int) Math.ceil(RUNS * 0.95) - 1],
                millis[RUNS - 1]);
    }

    private void seed() {
        Random random = new Random(15);
        List<Long> industries = jdbc.queryForList("select id from industry", Long.class);
        Segment[] segments = Segment.values();
        int customerBatch = 500;
        String customerSql =
                "insert into customer (name, industry_id, segment, key_account, created_at, updated_at) values "
                        + String.join(",", Collections.nCopies(customerBatch, "(?,?,?,?,?,?)"));
        Timestamp now = Timestamp.from(Instant.now());
        for (int batch = 0; batch < CUSTOMERS / customerBatch; batch++) {
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < customerBatch; i++) {
                args.add("Enkätbolag " + batch + "-" + i);
                args.add(industries.get(random.nextInt(industries.size())));
                args.add(segments[random.nextInt(segments.length)].name());
                args.add(random.nextDouble() < 0.1);
                args.add(now);
                args.add(now);
            }
            jdbc.update(customerSql, args.toArray());
        }
        List<Long> customers = jdbc.queryForList("select id from customer", Long.class);
        String[] stages = {
            "ORDER", "DELIVERY_INSTALLATION", "USE", "SUPPORT_AFTER_SALES", "RENEWAL_RECOMMENDATION", null
        };
        String[] comments = {null, null, null, "Fakturan var fel", "Snabb leverans", "Fick vänta länge", "Bra bemötande"
        };
        LocalDate today = businessTime.today();
        int batchSize = 2000;
        String sql =
                "insert into survey_response (survey_type, score, answered_on, customer_id, journey_stage, comment, "
                        + "recorded_at) values " + String.join(",", Collections.nCopies(batchSize, "(?,?,?,?,?,?,?)"));
        for (int batch = 0; batch < RESPONSES / batchSize; batch++) {
            List<Object> args = new ArrayList<>(batchSize * 7);
            for (int i = 0; i < batchSize; i++) {
                SurveyType type = SurveyType.values()[random.nextInt(3)];
                args.add(type.name());
                args.add(type.min() + random.nextInt(type.max() - type.min() + 1));
                args.add(Date.valueOf(today.minusDays(random.nextInt(730))));
                args.add(customers.get(random.nextInt(customers.size())));
                args.add(stages[random.nextInt(stages.length)]);
                args.add(comments[random.nextInt(comments.length)]);
                args.add(now);
            }
            jdbc.update(sql, args.toArray());
        }
        jdbc.execute("analyze table survey_response");
        jdbc.execute("analyze table customer");
    }
}

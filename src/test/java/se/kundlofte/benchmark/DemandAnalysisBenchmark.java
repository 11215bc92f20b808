package se.kundlofte.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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
import se.kundlofte.demand.Breakdown;
import se.kundlofte.demand.DemandAnalysisService;
import se.kundlofte.demand.DemandFilter;
import se.kundlofte.demand.DemandForm;
import se.kundlofte.demand.DemandKind;
import se.kundlofte.demand.DemandReferenceService;
import se.kundlofte.demand.DemandService;
import se.kundlofte.demand.Granularity;
import se.kundlofte.journey.JourneyFiguresService;
import se.kundlofte.test.IntegrationTest;

/**
 * The demand analysis with 1,000,000 contacts over a year: the time of each analysis query and of
 * a save. Prints figures; asserts nothing about time. Run with {@code ./mvnw -Pbenchmark verify}.
 */
@Tag("benchmark")
@IntegrationTest
@WithUserDetails("service")
class DemandAnalysisBenchmark {

    private static final int CONTACTS = 1_000_000;
    private static final int RUNS = 15;

    @Autowired
    BusinessTime businessTime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemandAnalysisService analysis;

    @Autowired
    DemandService demands;

    @Autowired
    DemandReferenceService references;

    @Autowired
    JourneyFiguresService journeyFigures;

    @Test
    void analysisOverAMillionContacts() {
        long seedStart = System.nanoTime();
        seed();
        long total = jdbc.queryForObject("select count(*) from demand", Long.class);
        System.out.printf(
                Locale.ROOT,
                "%nDemand analysis benchmark: %,d contacts (seeded in %d s)%n",
                total,
                (System.nanoTime() - seedStart) / 1_000_000_000);
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s%n", "", "median ms", "p90 ms", "max ms");
        DemandFilter year = DemandFilter.lastWeeks(52, businessTime.today());
        Long channel = references.channels(false).getFirst().id();
        Long customer = jdbc.queryForObject("select min(id) from customer", Long.class);
        measure("ratio per week, 52 weeks", () -> analysis.ratio(year, Granularity.WEEK));
        measure("ratio per month, 12 months", () -> analysis.ratio(year, Granularity.MONTH));
        measure("ratio per week, one channel", () -> analysis.ratio(year.withChannel(channel), Granularity.WEEK));
        measure("Pareto of causes", () -> analysis.pareto(year));
        measure("breakdown by journey stage", () -> analysis.breakdown(year, Breakdown.JOURNEY_STAGE, 20));
        measure("breakdown by channel", () -> analysis.breakdown(year, Breakdown.CHANNEL, 20));
        measure("breakdown by customer (top 20)", () -> analysis.breakdown(year, Breakdown.CUSTOMER, 20));
        measure("breakdown by industry", () -> analysis.breakdown(year, Breakdown.INDUSTRY, 20));
        measure(
                "one customer's ratio, 12 weeks",
                () -> analysis.ratio(
                        DemandFilter.between(year.to().minusWeeks(12), year.to())
                                .withCustomer(customer),
                        Granularity.MONTH));
        measure(
                "drill-down: first page of a cause",
                () -> demands.contacts(
                        year.withKind(DemandKind.FAILURE)
                                .withCause(references.causes(false).getFirst().id()),
                        PageRequest.of(0, 50)));
        measure("did it help? (before/after)", () -> analysis.beforeAfter());
        long standardJourney = jdbc.queryForObject("select id from journey where standard = true", Long.class);
        long useStage = jdbc.queryForObject(
                "select id from journey_stage where journey_id = ? and phase = 'USE'", Long.class, standardJourney);
        measure("journey map figures (one journey)", () -> journeyFigures.figures(standardJourney));
        measure(
                "ratio per week, one journey stage",
                () -> analysis.ratio(year.withJourneyStageId(useStage), Granularity.WEEK));
        DemandForm form = DemandForm.of(channel, "Var är min leverans?")
                .withCustomer(customer)
                .withKind(DemandKind.FAILURE)
                .withCause(references.causes(false).getFirst().id())
                .withJourneyStage("USE")
                .withResolvedFirstContact(false);
        measure("save one contact", () -> demands.log(form));
        System.out.println();
    }

    private static void measure(String name, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
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
                "%-44s %9.2f %9.2f %9.2f%n",
                name,
                millis[RUNS / 2],
                millis[(int) (RUNS * 0.9)],
                millis[RUNS - 1]);
    }

    private void seed() {
        List<Long> causes = jdbc.queryForList("select id from failure_cause", Long.class);
        List<Long> channels = jdbc.queryForList("select id from contact_channel", Long.class);
        List<Long> customers = jdbc.queryForList("select id from customer", Long.class);
        String[] stages = {"ORDER", "DELIVERY_INSTALLATION", "USE", "SUPPORT_AFTER_SALES", null};
        Random random = new Random(1);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long yearSeconds = 365L * 24 * 3600;
        int batchSize = 2000;
        // Pinned to the standard journey's stage of their phase, as the migration points existing contacts.
        java.util.Map<String, Long> standardStages = new java.util.HashMap<>();
        jdbc.query(
                "select s.phase, s.id from journey_stage s join journey j on j.id = s.journey_id where j.standard = true",
                rs -> {
                    standardStages.put(rs.getString(1), rs.getLong(2));
                });
        String row = "(?,?,?,?,?,?,?,?,?)";
        String sql = "insert into demand (channel_id, customer_id, customer_words, kind, cause_id, journey_stage, "
                + "journey_stage_id, logged_at, updated_at) values "
                + String.join(",", java.util.Collections.nCopies(batchSize, row));
        for (int batch = 0; batch < CONTACTS / batchSize; batch++) {
            List<Object> args = new ArrayList<>(batchSize * 9);
            for (int i = 0; i < batchSize; i++) {
                boolean failure = random.nextDouble() < 0.45;
                Timestamp at = Timestamp.from(now.minusSeconds((long) (random.nextDouble() * yearSeconds)));
                args.add(channels.get(random.nextInt(channels.size())));
                args.add(random.nextDouble() < 0.7 ? customers.get(random.nextInt(customers.size())) : null);
                args.add("Benchmarkkontakt");
                args.add(failure ? "FAILURE" : random.nextDouble() < 0.05 ? "UNCLASSIFIED" : "VALUE");
                args.add(failure ? causes.get(random.nextInt(causes.size())) : null);
                String stage = stages[random.nextInt(stages.length)];
                args.add(stage);
                args.add(stage == null ? null : standardStages.get(stage));
                args.add(at);
                args.add(at);
            }
            jdbc.update(sql, args.toArray());
        }
        jdbc.execute("analyze table demand");
    }
}

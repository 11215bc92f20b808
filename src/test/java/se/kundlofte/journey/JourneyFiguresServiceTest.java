package se.kundlofte.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.JourneyStageChoice;
import se.kundlofte.base.JourneyStageChoices;
import se.kundlofte.customer.CustomerForm;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.Segment;
import se.kundlofte.promise.HealthStatus;
import se.kundlofte.promise.PromiseForm;
import se.kundlofte.promise.PromiseScope;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Source;
import se.kundlofte.requirement.Stage;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;
import se.kundlofte.test.TestClock;

/**
 * The live figures of a journey map against data computed by hand, in a year no other test uses
 * (the clock stands at 15 June 2007): requirements and contacts by the stage they point at, the
 * 90-day boundary, satisfaction of the journey's segment per phase and the promises of a phase.
 */
@IntegrationTest
@WithUserDetails("ceo")
class JourneyFiguresServiceTest {

    private static final Instant NOW = Instant.parse("2007-06-15T10:00:00Z");

    @Autowired
    JourneyFiguresService figures;

    @Autowired
    JourneyStageChoices directory;

    @Autowired
    RequirementService requirements;

    @Autowired
    PromiseService promises;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    private long journey;
    private long useStage;
    private long supportStage;
    private long allCustomersJourney;
    private long allUseStage;

    @BeforeEach
    void journeys() {
        clock.set(NOW);
        journey = journey("Kök " + System.nanoTime(), "NON_PROFIT");
        useStage = stage(journey, 0, "Använder köket", "USE");
        supportStage = stage(journey, 1, null, "SUPPORT_AFTER_SALES");
        allCustomersJourney = journey("Alla " + System.nanoTime(), null);
        allUseStage = stage(allCustomersJourney, 0, null, "USE");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void requirementsAreCountedByTheStageTheyPointAtPerLifecycleStage() {
        requirement(useStage, Stage.IDENTIFIED);
        requirement(useStage, Stage.IDENTIFIED);
        requirement(useStage, Stage.ANALYSED);
        requirement(supportStage, Stage.MONITORED);
        requirement(allUseStage, Stage.IDENTIFIED); // same phase, other journey: not counted here

        Map<Long, StageFigures> result = figures.figures(journey);

        assertThat(result.keySet()).containsExactly(useStage, supportStage);
        assertThat(result.get(useStage).requirements())
                .containsExactly(Map.entry(Stage.IDENTIFIED, 2L), Map.entry(Stage.ANALYSED, 1L));
        assertThat(result.get(useStage).requirementTotal()).isEqualTo(3);
        assertThat(result.get(supportStage).requirements()).containsExactly(Map.entry(Stage.MONITORED, 1L));
        assertThat(figures.figures(allCustomersJourney).get(allUseStage).requirements())
                .containsExactly(Map.entry(Stage.IDENTIFIED, 1L));
    }

    @Test
    void failureDemandCountsTheLast90DaysTodayIncluded() {
        assertThat(figures.failureFrom()).isEqualTo(LocalDate.of(2007, 3, 18));
        contact(useStage, "2007-03-18T00:00:00Z", "FAILURE"); // first instant of the 90 days
        contact(useStage, "2007-03-17T23:59:59Z", "FAILURE"); // one second too early
        contact(useStage, "2007-06-15T09:00:00Z", "VALUE");
        contact(useStage, "2007-05-01T12:00:00Z", "VALUE");
        contact(useStage, "2007-05-02T12:00:00Z", "UNCLASSIFIED"); // not in the ratio
        contact(allUseStage, "2007-05-02T12:00:00Z", "FAILURE"); // other journey

        Map<Long, StageFigures> result = figures.figures(journey);

        StageFigures use = result.get(useStage);
        assertThat(use.failure()).isEqualTo(1);
        assertThat(use.value()).isEqualTo(2);
        assertThat(use.failureRatio()).isCloseTo(1.0 / 3, within(1e-9));
        StageFigures support = result.get(supportStage);
        assertThat(support.failure()).isZero();
        assertThat(support.value()).isZero();
        assertThat(support.failureRatio()).isNull();
        assertThat(figures.figures(allCustomersJourney).get(allUseStage).failureRatio())
                .isEqualTo(1.0);
    }

    @Test
    void satisfactionIsThePhaseFigureOfTheJourneysSegment() {
        long nonProfit = customer(Segment.NON_PROFIT);
        long enterprise = customer(Segment.ENTERPRISE);
        response(nonProfit, 10, "2007-06-01", "USE");
        response(nonProfit, 9, "2007-01-10", "USE");
        response(nonProfit, 0, "2006-06-16", "USE"); // first day of the 12 months
        response(nonProfit, 0, "2006-06-15", "USE"); // a year and a day ago: outside
        response(enterprise, 10, "2007-06-01", "USE"); // other segment
        response(nonProfit, 2, "2007-06-01", "ORDER"); // other phase

        Map<Long, StageFigures> result = figures.figures(journey);

        // NON_PROFIT in USE: 2 promoters, 1 detractor of 3 → (2 − 1) / 3 = 33.3 points.
        assertThat(result.get(useStage).satisfaction().responses()).isEqualTo(3);
        assertThat(result.get(useStage).satisfaction().value()).isCloseTo(100.0 / 3, within(1e-6));
        assertThat(result.get(supportStage).satisfaction().responses()).isZero();
        assertThat(result.get(supportStage).satisfaction().value()).isNull();
        // All customers in USE: 3 promoters, 1 detractor of 4 → 50 points.
        assertThat(figures.figures(allCustomersJourney)
                        .get(allUseStage)
                        .satisfaction()
                        .value())
                .isCloseTo(50.0, within(1e-6));
    }

    @Test
    void promisesOfThePhaseThatReachTheJourneysCustomers() {
        long toAll = promise("Svar inom en dag", PromiseScope.ALL, null, List.of(JourneyPhase.USE));
        long toSegment = promise(
                "Fast pris", PromiseScope.SEGMENT, Segment.NON_PROFIT, List.of(JourneyPhase.USE, JourneyPhase.ORDER));
        long otherSegment =
                promise("Egen kontakt", PromiseScope.SEGMENT, Segment.ENTERPRISE, List.of(JourneyPhase.USE));
        long otherPhase = promise("Snabb offert", PromiseScope.ALL, null, List.of(JourneyPhase.OFFER_NEGOTIATION));
        List<Long> mine = List.of(toAll, toSegment, otherSegment, otherPhase);

        Map<Long, StageFigures> result = figures.figures(journey);

        assertThat(result.get(useStage).promises().stream()
                        .filter(p -> mine.contains(p.id()))
                        .toList())
                .containsExactlyInAnyOrder(
                        new StagePromise(toAll, "Svar inom en dag", HealthStatus.NOT_MEASURED),
                        new StagePromise(toSegment, "Fast pris", HealthStatus.NOT_MEASURED));
        assertThat(result.get(supportStage).promises())
                .extracting(StagePromise::id)
                .doesNotContainAnyElementsOf(mine);
        // The all-customers journey shows every promise of the phase.
        assertThat(figures.figures(allCustomersJourney).get(allUseStage).promises())
                .extracting(StagePromise::id)
                .contains(toAll, toSegment, otherSegment)
                .doesNotContain(otherPhase);
    }

    @Test
    void anUnknownJourneyHasNoFigures() {
        assertThat(figures.figures(-1)).isEmpty();
    }

    @Test
    void theDirectoryOffersEveryStageWithItsJourneyAndPhase() {
        List<JourneyStageChoice> all = directory.all();
        assertThat(all.getFirst().journeyName())
                .as("the standard journey first")
                .isNull();
        assertThat(all.stream().filter(c -> c.journeyName() == null).map(JourneyStageChoice::phase))
                .as("the standard journey: one stage per phase, in order")
                .containsExactly(JourneyPhase.values());
        assertThat(all.stream().filter(c -> c.journeyId() == journey).map(JourneyStageChoice::id))
                .containsExactly(useStage, supportStage);
        JourneyStageChoice use = directory.find(useStage).orElseThrow();
        assertThat(use.stageName()).isEqualTo("Använder köket");
        assertThat(use.phase()).isEqualTo(JourneyPhase.USE);
        assertThat(use.label(key -> "[" + key + "]")).endsWith(" › Använder köket");
        assertThat(directory.find(supportStage).orElseThrow().stageLabel(key -> "[" + key + "]"))
                .isEqualTo("[" + JourneyPhase.SUPPORT_AFTER_SALES.translationKey() + "]");
        assertThat(directory.find(-1)).isEmpty();
    }

    private long journey(String name, String segment) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement(
                            "insert into journey (name, segment, standard, created_at, updated_at) "
                                    + "values (?, ?, false, now(6), now(6))",
                            new String[] {"id"});
                    ps.setString(1, name);
                    ps.setString(2, segment);
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    private long stage(long journeyId, int position, String name, String phase) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement(
                            "insert into journey_stage (journey_id, position, name, phase) values (?, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setLong(1, journeyId);
                    ps.setInt(2, position);
                    ps.setString(3, name);
                    ps.setString(4, phase);
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    private void requirement(long stageId, Stage stage) {
        long id = RunAs.user(
                        users,
                        "sales",
                        () -> requirements.create(RequirementForm.of("Krav " + System.nanoTime(), Source.OBSERVATION)))
                .id();
        jdbc.update(
                "update requirement set journey_stage_id = ?, journey_stage = (select phase from journey_stage where id = ?), "
                        + "stage = ? where id = ?",
                stageId,
                stageId,
                stage.name(),
                id);
    }

    private void contact(long stageId, String at, String kind) {
        long channel = jdbc.queryForObject("select min(id) from contact_channel", Long.class);
        Long cause =
                "FAILURE".equals(kind) ? jdbc.queryForObject("select min(id) from failure_cause", Long.class) : null;
        Timestamp time = Timestamp.from(Instant.parse(at));
        jdbc.update(
                "insert into demand (channel_id, customer_words, kind, cause_id, journey_stage, journey_stage_id, "
                        + "logged_at, updated_at) values (?, 'test', ?, ?, (select phase from journey_stage where id = ?), ?, ?, ?)",
                channel,
                kind,
                cause,
                stageId,
                stageId,
                time,
                time);
    }

    private long customer(Segment segment) {
        long owner = jdbc.queryForObject("select id from app_user where username = 'sales'", Long.class);
        return RunAs.user(
                        users,
                        "sales",
                        () -> customers.create(new CustomerForm(
                                "Resenär " + System.nanoTime(), null, null, segment, false, owner, null)))
                .id();
    }

    private void response(long customerId, int score, String day, String phase) {
        jdbc.update(
                "insert into survey_response (survey_type, score, answered_on, customer_id, journey_stage, recorded_at) "
                        + "values ('NPS', ?, ?, ?, ?, ?)",
                score,
                java.sql.Date.valueOf(LocalDate.parse(day)),
                customerId,
                phase,
                Timestamp.from(NOW.atOffset(ZoneOffset.UTC).toInstant()));
    }

    private long promise(String title, PromiseScope scope, Segment segment, List<JourneyPhase> phases) {
        long owner = jdbc.queryForObject("select id from app_user where username = 'marketing'", Long.class);
        return RunAs.user(
                        users,
                        "marketing",
                        () -> promises.create(PromiseForm.of(title, "Vi lovar det.")
                                .withOwner(owner)
                                .withScope(scope, segment, null, null)
                                .withValidity(LocalDate.of(2007, 1, 1), null)
                                .withStages(phases)))
                .id();
    }
}

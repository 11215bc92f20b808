package se.kundlofte.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.test.IntegrationTest;

/** The demo journeys as the portal starts with them, and the stages the demo rows point at. */
@IntegrationTest
class JourneyDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStandardJourneyHasOneStagePerPhaseInOrder() {
        assertThat(jdbc.queryForList(
                        "select s.phase from journey_stage s join journey j on j.id = s.journey_id"
                                + " where j.standard order by s.position",
                        String.class))
                .containsExactlyElementsOf(Arrays.stream(JourneyPhase.values())
                        .map(JourneyPhase::name)
                        .toList());
        assertThat(jdbc.queryForObject(
                        "select count(*) from journey_stage s join journey j on j.id = s.journey_id"
                                + " where j.standard and s.name is not null",
                        Integer.class))
                .as("the standard journey's stages speak the reader's language (their phase's name)")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from journey_stage s join journey j on j.id = s.journey_id"
                                + " where j.standard and (s.owner_department is null or s.coverage is null"
                                + " or s.emotion is null or s.customer_does is null)",
                        Integer.class))
                .as("the demo company has assessed its standard journey")
                .isZero();
    }

    @Test
    void twoCompleteDemoJourneysWithGapsAndObservations() {
        List<String> names = jdbc.queryForList(
                "select name from journey where not standard and segment is not null order by id", String.class);
        assertThat(names).startsWith("Utrustning med installation — småföretag", "Serviceavtal — storkund");
        for (String name : names.subList(0, 2)) {
            Integer incomplete = jdbc.queryForObject(
                    "select count(*) from journey_stage s join journey j on j.id = s.journey_id where j.name = ?"
                            + " and (s.emotion is null or s.customer_does is null or s.touchpoints is null"
                            + " or s.pain_points is null or s.opportunities is null or s.coverage is null)",
                    Integer.class,
                    name);
            assertThat(incomplete).as(name + ": every lane filled").isZero();
            Integer gaps = jdbc.queryForObject(
                    "select count(*) from journey_stage s join journey j on j.id = s.journey_id where j.name = ?"
                            + " and (s.coverage = 'NOT_COVERED' or s.owner_department is null)",
                    Integer.class,
                    name);
            assertThat(gaps).as(name + ": one or two gaps").isBetween(1, 2);
            assertThat(jdbc.queryForList(
                            "select distinct s.phase from journey_stage s join journey j on j.id = s.journey_id"
                                    + " where j.name = ?",
                            String.class,
                            name))
                    .as(name + ": from the need to after-sales")
                    .hasSize(JourneyPhase.values().length);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from journey_observation o join journey_stage s on s.id = o.journey_stage_id"
                                + " join journey j on j.id = s.journey_id where j.name in (?, ?)",
                        Integer.class,
                        names.get(0),
                        names.get(1)))
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void demoRowsPointAtTheirSegmentsJourneyAndKeepTheStagesPhase() {
        String pointedBySegment = "select count(*) from %s x join customer c on c.id = x.customer_id"
                + " join journey_stage s on s.id = x.journey_stage_id join journey j on j.id = s.journey_id"
                + " where c.segment = 'SMALL_BUSINESS' and %s";
        for (String table : List.of("requirement", "demand")) {
            assertThat(jdbc.queryForObject(
                            pointedBySegment.formatted(table, "j.segment = 'SMALL_BUSINESS'"), Long.class))
                    .as(table + " of small businesses on their journey")
                    .isPositive();
            assertThat(jdbc.queryForObject(pointedBySegment.formatted(table, "j.standard"), Long.class))
                    .as(table + " of small businesses not on the standard journey")
                    .isZero();
            assertThat(jdbc.queryForObject(
                            ("select count(*) from %s x join journey_stage s on s.id = x.journey_stage_id"
                                            + " where x.journey_stage is null or x.journey_stage <> s.phase")
                                    .formatted(table),
                            Long.class))
                    .as(table + ": a row that points at a stage stores that stage's phase")
                    .isZero();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from demand d join failure_cause f on f.id = d.cause_id"
                                + " join journey_stage s on s.id = d.journey_stage_id"
                                + " where f.code = 'ERROR_CORRECTION' and s.name = 'Installation och igångsättning'",
                        Long.class))
                .as("error corrections of small businesses belong to the installation stage")
                .isPositive();
    }
}

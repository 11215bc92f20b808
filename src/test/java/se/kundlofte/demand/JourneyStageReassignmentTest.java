package se.kundlofte.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Source;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

/**
 * Moving what points at a journey stage (before the stage is removed, or when it changes phase):
 * requirements and contacts follow in one UPDATE each, the phase column stays equal to the
 * stage's phase, the daily summary follows, and edits begun before are reported as conflicts.
 */
@IntegrationTest
@WithUserDetails("product")
class JourneyStageReassignmentTest {

    /** A day no other test logs contacts on. */
    private static final String DAY = "2008-02-02";

    @Autowired
    RequirementService requirements;

    @Autowired
    DemandService demands;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private long journey;
    private long order;
    private long delivery;

    @BeforeEach
    void stages() {
        jdbc.update(
                "insert into journey (name, standard, created_at, updated_at) values (?, false, now(6), now(6))",
                "Flytt " + System.nanoTime());
        journey = jdbc.queryForObject("select max(id) from journey", Long.class);
        order = stage(0, "ORDER");
        delivery = stage(1, "DELIVERY_INSTALLATION");
    }

    @Test
    void requirementsAndContactsMoveToTheTargetStageAndItsPhase() {
        long first = requirement(order);
        long second = requirement(order);
        long elsewhere = requirement(delivery);
        contact(order, "FAILURE");
        contact(order, "VALUE");
        contact(delivery, "VALUE");
        long orderDayBefore = summary("ORDER");
        long deliveryDayBefore = summary("DELIVERY_INSTALLATION");

        assertThat(requirements.journeyStageReferences(List.of(order))).isEqualTo(2);
        assertThat(demands.journeyStageReferences(List.of(order))).isEqualTo(2);

        assertThat(requirements.reassignJourneyStage(order, delivery, JourneyPhase.DELIVERY_INSTALLATION))
                .isEqualTo(2);
        assertThat(demands.reassignJourneyStage(order, delivery, JourneyPhase.DELIVERY_INSTALLATION))
                .isEqualTo(2);

        assertThat(requirements.journeyStageReferences(List.of(order))).isZero();
        assertThat(demands.journeyStageReferences(List.of(order))).isZero();
        assertThat(requirements.journeyStageReferences(List.of(delivery))).isEqualTo(3);
        assertThat(demands.journeyStageReferences(List.of(delivery))).isEqualTo(3);
        assertThat(phaseOf("requirement", first)).isEqualTo("DELIVERY_INSTALLATION");
        assertThat(jdbc.queryForObject(
                        "select count(*) from requirement where id in (?, ?, ?) and journey_stage_id = ? "
                                + "and journey_stage = 'DELIVERY_INSTALLATION'",
                        Long.class,
                        first,
                        second,
                        elsewhere,
                        delivery))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from demand where journey_stage_id = ? and journey_stage <> 'DELIVERY_INSTALLATION'",
                        Long.class,
                        delivery))
                .isZero();
        assertThat(summary("ORDER")).isEqualTo(orderDayBefore - 2);
        assertThat(summary("DELIVERY_INSTALLATION")).isEqualTo(deliveryDayBefore + 2);
        assertThat(requirements.history(first)).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("journeyStage");
            assertThat(h.oldValue()).isEqualTo("ORDER");
            assertThat(h.newValue()).isEqualTo("DELIVERY_INSTALLATION");
        });
        assertThat(requirements.history(elsewhere)).noneMatch(h -> h.field().equals("journeyStage"));
    }

    @Test
    void aStageThatChangesPhaseKeepsItsRowsAndMovesTheirPhase() {
        long req = requirement(order);
        contact(order, "FAILURE");
        jdbc.update("update journey_stage set phase = 'USE' where id = ?", order);

        assertThat(requirements.reassignJourneyStage(order, order, JourneyPhase.USE))
                .isEqualTo(1);
        assertThat(demands.reassignJourneyStage(order, order, JourneyPhase.USE)).isEqualTo(1);

        assertThat(phaseOf("requirement", req)).isEqualTo("USE");
        assertThat(jdbc.queryForObject(
                        "select journey_stage from demand where journey_stage_id = ?", String.class, order))
                .isEqualTo("USE");
        assertThat(requirements.journeyStageReferences(List.of(order))).isEqualTo(1);
    }

    @Test
    void anEditBegunBeforeTheMoveIsAConflict() {
        long id = requirement(order);
        RequirementDetails before = requirements.get(id);
        requirements.reassignJourneyStage(order, delivery, JourneyPhase.DELIVERY_INSTALLATION);

        assertThatThrownBy(() -> RunAs.user(
                        users,
                        "sales",
                        () -> requirements.updateDetails(
                                id, before.version(), RequirementForm.of("Ändrad titel", Source.OBSERVATION))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(requirements.get(id).title()).isNotEqualTo("Ändrad titel");
    }

    @Test
    @WithUserDetails("sales")
    void onlyJourneyEditorsMoveStages() {
        assertThatThrownBy(() -> requirements.reassignJourneyStage(order, delivery, JourneyPhase.ORDER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> demands.reassignJourneyStage(order, delivery, JourneyPhase.ORDER))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long stage(int position, String phase) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement(
                            "insert into journey_stage (journey_id, position, phase) values (?, ?, ?)",
                            new String[] {"id"});
                    ps.setLong(1, journey);
                    ps.setInt(2, position);
                    ps.setString(3, phase);
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    private long requirement(long stageId) {
        long id = RunAs.user(
                        users,
                        "sales",
                        () -> requirements.create(
                                RequirementForm.of("Flyttkrav " + System.nanoTime(), Source.OBSERVATION)))
                .id();
        jdbc.update(
                "update requirement set journey_stage_id = ?, journey_stage = (select phase from journey_stage where id = ?) "
                        + "where id = ?",
                stageId,
                stageId,
                id);
        return id;
    }

    private void contact(long stageId, String kind) {
        long channel = jdbc.queryForObject("select min(id) from contact_channel", Long.class);
        Long cause =
                "FAILURE".equals(kind) ? jdbc.queryForObject("select min(id) from failure_cause", Long.class) : null;
        Timestamp at = Timestamp.from(Instant.parse(DAY + "T12:00:00Z"));
        jdbc.update(
                "insert into demand (channel_id, customer_words, kind, cause_id, journey_stage, journey_stage_id, "
                        + "logged_at, updated_at) values (?, 'flytt', ?, ?, (select phase from journey_stage where id = ?), ?, ?, ?)",
                channel,
                kind,
                cause,
                stageId,
                stageId,
                at,
                at);
    }

    private long summary(String phase) {
        Long contacts = jdbc.queryForObject(
                "select coalesce(sum(contacts), 0) from demand_day where day = ? and journey_stage = ?",
                Long.class,
                java.sql.Date.valueOf(DAY),
                phase);
        return contacts == null ? 0 : contacts;
    }

    private String phaseOf(String table, long id) {
        return jdbc.queryForObject("select journey_stage from " + table + " where id = ?", String.class, id);
    }
}

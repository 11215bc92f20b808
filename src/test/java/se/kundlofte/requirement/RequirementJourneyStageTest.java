package se.kundlofte.requirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.test.IntegrationTest;

/** A requirement points at a journey map's stage and carries its phase, kept equal by the service. */
@IntegrationTest
@WithUserDetails("sales")
class RequirementJourneyStageTest {

    @Autowired
    RequirementService requirements;

    @Autowired
    JdbcTemplate jdbc;

    private long use;
    private long order;

    @BeforeEach
    void stages() {
        jdbc.update(
                "insert into journey (name, standard, created_at, updated_at) values (?, false, now(6), now(6))",
                "Kravresa " + System.nanoTime());
        long journey = jdbc.queryForObject("select max(id) from journey", Long.class);
        jdbc.update("insert into journey_stage (journey_id, position, phase) values (?, 0, 'USE')", journey);
        use = jdbc.queryForObject("select max(id) from journey_stage", Long.class);
        jdbc.update("insert into journey_stage (journey_id, position, phase) values (?, 1, 'ORDER')", journey);
        order = jdbc.queryForObject("select max(id) from journey_stage", Long.class);
    }

    @Test
    void theStageSetsThePhaseWhateverTheFormSaid() {
        RequirementDetails created = requirements.create(RequirementForm.of("Bruksanvisning", Source.OBSERVATION)
                .withJourneyStage("NEED_ARISES")
                .withJourneyStageId(use));
        assertThat(created.journeyStageId()).isEqualTo(use);
        assertThat(created.journeyStage()).isEqualTo("USE");

        RequirementDetails moved = requirements.updateDetails(
                created.id(), created.version(), created.toForm().withJourneyStageId(order));
        assertThat(moved.journeyStageId()).isEqualTo(order);
        assertThat(moved.journeyStage()).isEqualTo("ORDER");
        assertThat(requirements.history(created.id()))
                .anySatisfy(h -> assertThat(h.field() + ":" + h.oldValue() + "→" + h.newValue())
                        .isEqualTo("journeyStage:USE→ORDER"));

        RequirementDetails cleared = requirements.updateDetails(
                moved.id(),
                moved.version(),
                moved.toForm().withJourneyStageId(null).withJourneyStage(null));
        assertThat(cleared.journeyStageId()).isNull();
        assertThat(cleared.journeyStage()).isNull();
    }

    @Test
    void anUnknownStageIsRefusedAtTheFieldAndNothingIsSaved() {
        String title = "Okänt steg " + System.nanoTime();
        assertThatThrownBy(() -> requirements.create(
                        RequirementForm.of(title, Source.OBSERVATION).withJourneyStageId(-3L)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field() + ":" + error.messageKey())
                        .containsExactly("journeyStage:journeyLink.error.stageGone"));
        assertThat(jdbc.queryForObject("select count(*) from requirement where title = ?", Integer.class, title))
                .isZero();
    }
}

package se.kundlofte.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.test.IntegrationTest;

/** A contact points at a journey map's stage and carries its phase, kept equal by the service. */
@IntegrationTest
@WithUserDetails("service")
class DemandJourneyStageTest {

    @Autowired
    DemandService demands;

    @Autowired
    JdbcTemplate jdbc;

    private long standardStage(String phase) {
        return jdbc.queryForObject(
                "select s.id from journey_stage s join journey j on j.id = s.journey_id "
                        + "where j.standard = true and s.phase = ?",
                Long.class,
                phase);
    }

    @Test
    void theStageSetsThePhaseOnLogAndCorrection() {
        long channel = jdbc.queryForObject("select min(id) from contact_channel", Long.class);
        long use = standardStage("USE");
        DemandItem logged = demands.log(DemandForm.of(channel, "Diskmaskinen läcker " + System.nanoTime())
                .withJourneyStage("ORDER")
                .withJourneyStageId(use));
        assertThat(logged.journeyStageId()).isEqualTo(use);
        assertThat(logged.journeyStage()).isEqualTo("USE");

        long support = standardStage("SUPPORT_AFTER_SALES");
        DemandItem corrected =
                demands.correct(logged.id(), logged.version(), logged.toForm().withJourneyStageId(support));
        assertThat(corrected.journeyStageId()).isEqualTo(support);
        assertThat(corrected.journeyStage()).isEqualTo("SUPPORT_AFTER_SALES");
    }

    @Test
    void anUnknownStageIsRefusedAtTheFieldAndNothingIsLogged() {
        long channel = jdbc.queryForObject("select min(id) from contact_channel", Long.class);
        String words = "Okänt steg " + System.nanoTime();
        assertThatThrownBy(() -> demands.log(DemandForm.of(channel, words).withJourneyStageId(-9L)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field() + ":" + error.messageKey())
                        .containsExactly("stage:journeyLink.error.stageGone"));
        assertThat(jdbc.queryForObject("select count(*) from demand where customer_words = ?", Integer.class, words))
                .isZero();
    }
}

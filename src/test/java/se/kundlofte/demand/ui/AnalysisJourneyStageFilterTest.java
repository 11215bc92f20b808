package se.kundlofte.demand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;

/**
 * The journey map links to the analysis of one stage: {@code /demand?journeyStage=<id>}. In a year
 * of its own (2009): three contacts point at the stage (one failure), a fourth at none.
 */
class AnalysisJourneyStageFilterTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long stage;

    @BeforeEach
    void stageWithContacts() {
        jdbc.update("delete from demand where customer_words = 'analys'");
        jdbc.update(
                "insert into journey (name, standard, created_at, updated_at) values (?, false, now(6), now(6))",
                "Analysresa " + System.nanoTime());
        long journey = jdbc.queryForObject("select max(id) from journey", Long.class);
        jdbc.update(
                "insert into journey_stage (journey_id, position, name, phase) values (?, 0, 'Beställer', 'ORDER')",
                journey);
        stage = jdbc.queryForObject("select max(id) from journey_stage where journey_id = ?", Long.class, journey);
        contact(stage, "2009-03-02T10:00:00Z", "FAILURE");
        contact(stage, "2009-03-03T10:00:00Z", "VALUE");
        contact(stage, "2009-03-04T10:00:00Z", "VALUE");
        contact(null, "2009-03-05T10:00:00Z", "FAILURE");
    }

    private Map<String, String> link() {
        return Map.of("journeyStage", Long.toString(stage), "from", "2009-03-01", "to", "2009-03-31");
    }

    @Test
    void theStageLinkShowsOnlyItsContactsInTheFilterAndFigures() {
        for (String role : new String[] {AppRoles.CEO, AppRoles.CUSTOMER_SERVICE, AppRoles.MARKETING}) {
            loginAs(role);
            UI.getCurrent().navigate("demand", QueryParameters.simple(link()));
            DemandAnalysisView analysis = currentView(DemandAnalysisView.class);

            assertThat(analysis.journeyStage.getValue().id()).as(role).isEqualTo(stage);
            assertThat(analysis.journeyStage.getItemLabelGenerator().apply(analysis.journeyStage.getValue()))
                    .endsWith(" › Beställer");
            assertThat(analysis.from.getValue()).isEqualTo(LocalDate.of(2009, 3, 1));
            assertThat(analysis.summary.getText())
                    .as(role)
                    .isEqualTo("Failure demand was 33 % of the classified contacts: 1 of 3.");
            assertThat(analysis.filter().journeyStageId()).isEqualTo(stage);
        }
    }

    @Test
    void theDrillDownListsTheStagesContactsOnly() {
        loginAs(AppRoles.CEO);
        UI.getCurrent().navigate("demand", QueryParameters.simple(link()));
        DemandAnalysisView analysis = currentView(DemandAnalysisView.class);
        analysis.drillPeriod(0);
        assertThat(analysis.drillDown.filter().journeyStageId()).isEqualTo(stage);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(analysis.drillDown.grid))
                .isEqualTo(3);
    }

    @Test
    void clearingTheStageShowsEveryContactOfThePeriodAgain() {
        loginAs(AppRoles.CEO);
        UI.getCurrent().navigate("demand", QueryParameters.simple(link()));
        DemandAnalysisView analysis = currentView(DemandAnalysisView.class);
        _setValue(analysis.journeyStage, null);
        assertThat(analysis.summary.getText()).isEqualTo("Failure demand was 50 % of the classified contacts: 2 of 4.");
    }

    @Test
    void anUnknownStageIsIgnored() {
        loginAs(AppRoles.CEO);
        UI.getCurrent()
                .navigate(
                        "demand",
                        QueryParameters.simple(Map.of("journeyStage", "-5", "from", "2009-03-01", "to", "2009-03-31")));
        DemandAnalysisView analysis = currentView(DemandAnalysisView.class);
        assertThat(analysis.journeyStage.getValue()).isNull();
        assertThat(analysis.summary.getText()).endsWith("2 of 4.");
    }

    private void contact(Long stageId, String at, String kind) {
        long channel = jdbc.queryForObject("select min(id) from contact_channel", Long.class);
        Long cause =
                "FAILURE".equals(kind) ? jdbc.queryForObject("select min(id) from failure_cause", Long.class) : null;
        Timestamp time = Timestamp.from(Instant.parse(at));
        jdbc.update(
                "insert into demand (channel_id, customer_words, kind, cause_id, journey_stage, journey_stage_id, "
                        + "logged_at, updated_at) values (?, 'analys', ?, ?, ?, ?, ?, ?)",
                channel,
                kind,
                cause,
                stageId == null ? null : "ORDER",
                stageId,
                time,
                time);
    }
}

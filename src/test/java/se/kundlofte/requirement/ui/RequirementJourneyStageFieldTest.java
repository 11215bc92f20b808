package se.kundlofte.requirement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.base.JourneyStageChoice;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;

/** The journey stage of a requirement, chosen as "Journey › Stage" on its page. */
class RequirementJourneyStageFieldTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long requirement(String title, String phase) {
        jdbc.update(
                "insert into requirement (title, source, stage, stage_entered_at, board_rank, created_at, updated_at, journey_stage) "
                        + "values (?, 'LAW', 'IDENTIFIED', now(), 99999999, now(), now(), ?)",
                title,
                phase);
        return jdbc.queryForObject("select id from requirement where title = ?", Long.class, title);
    }

    private RequirementView open(long id) {
        UI.getCurrent().navigate("requirements/" + id);
        return currentView(RequirementView.class);
    }

    @Test
    void aPhaseOnlyRequirementReadsAsTheStandardJourneysStageAndSavesTheChosenStage() {
        loginAs(AppRoles.SALES);
        long id = requirement("Fasbara krav " + System.nanoTime(), "USE");
        open(id);
        RequirementFields fields = _get(DetailsSection.class).fields;
        assertThat(fields.journeyStage.getValue().journeyName()).isNull();
        assertThat(fields.journeyStage.getItemLabelGenerator().apply(fields.journeyStage.getValue()))
                .isEqualTo("Standard journey › Use");

        JourneyStageChoice order = fields.journeyStage
                .getListDataView()
                .getItems()
                .filter(c -> c.journeyName() == null && c.phase().name().equals("ORDER"))
                .findFirst()
                .orElseThrow();
        _setValue(fields.journeyStage, order);
        _click(_get(Button.class, spec -> spec.withId("save-details")));

        assertThat(jdbc.queryForObject("select journey_stage_id from requirement where id = ?", Long.class, id))
                .isEqualTo(order.id());
        assertThat(jdbc.queryForObject("select journey_stage from requirement where id = ?", String.class, id))
                .isEqualTo("ORDER");
    }

    @Test
    void readersSeeTheStageButCannotChangeIt() {
        loginAs(AppRoles.CEO);
        long id = requirement("Läsbara krav " + System.nanoTime(), "ORDER");
        open(id);
        RequirementFields fields = _get(DetailsSection.class).fields;
        assertThat(fields.journeyStage.getItemLabelGenerator().apply(fields.journeyStage.getValue()))
                .isEqualTo("Standard journey › Order");
        assertThat(fields.journeyStage.isReadOnly() || !fields.journeyStage.isEnabled())
                .isTrue();
    }
}

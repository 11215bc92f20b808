package se.kundlofte.demand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.base.JourneyStageChoice;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;

/** Customer service names the journey stage of a contact as "Journey › Stage". */
class DemandEntryJourneyStageTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theChosenStageAndItsPhaseAreLogged() {
        loginAs(AppRoles.CUSTOMER_SERVICE);
        DemandEntryView entry = navigate(DemandEntryView.class);
        JourneyStageChoice delivery = entry.stage
                .getListDataView()
                .getItems()
                .filter(c -> c.journeyName() == null && c.phase().name().equals("DELIVERY_INSTALLATION"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.stage.getItemLabelGenerator().apply(delivery))
                .isEqualTo("Standard journey › Delivery and installation");
        String words = "Montören kom aldrig " + System.nanoTime();
        _setValue(entry.words, words);
        _setValue(entry.stage, delivery);
        ShortcutsKt._fireShortcut(entry, Key.ENTER);

        assertThat(jdbc.queryForObject(
                        "select journey_stage_id from demand where customer_words = ?", Long.class, words))
                .isEqualTo(delivery.id());
        assertThat(jdbc.queryForObject(
                        "select journey_stage from demand where customer_words = ?", String.class, words))
                .isEqualTo("DELIVERY_INSTALLATION");
        assertThat(entry.stage.getValue()).isNull();
    }
}

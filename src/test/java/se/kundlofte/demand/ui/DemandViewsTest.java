package se.kundlofte.demand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.demand.DemandKind;
import se.kundlofte.demand.ParetoBar;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;
import se.kundlofte.test.Views;

class DemandViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void logAContactWithTheKeyboardAndTheChannelIsKept() {
        loginAs(AppRoles.CUSTOMER_SERVICE);
        DemandEntryView entry = navigate(DemandEntryView.class);
        var email = entry.channel
                .getListDataView()
                .getItems()
                .filter(c -> c.code().equals("EMAIL"))
                .findFirst()
                .orElseThrow();
        _setValue(entry.channel, email);
        String words = "Jag har inte fått någon faktura " + System.nanoTime();
        _setValue(entry.words, words);
        ShortcutsKt._fireShortcut(entry, Key.KEY_F, KeyModifier.ALT);
        assertThat(entry.kind.getValue()).isEqualTo(DemandKind.FAILURE);
        assertThat(entry.cause.isEnabled()).isTrue();
        ShortcutsKt._fireShortcut(entry, Key.ENTER);

        assertThat(jdbc.queryForObject("select kind from demand where customer_words = ?", String.class, words))
                .isEqualTo("FAILURE");
        assertThat(entry.words.getValue()).isEmpty();
        assertThat(entry.kind.getValue()).isEqualTo(DemandKind.UNCLASSIFIED);
        assertThat(entry.channel.getValue().code()).isEqualTo("EMAIL");
        DemandItem first = GridKt._get(entry.recent.grid, 0);
        assertThat(first.words()).isEqualTo(words);
    }

    @Test
    void withoutWordsTheFieldSaysWhatIsMissing() {
        loginAs(AppRoles.CUSTOMER_SERVICE);
        DemandEntryView entry = navigate(DemandEntryView.class);
        _click(entry.save);
        assertThat(entry.words.isInvalid()).isTrue();
        assertThat(entry.words.getErrorMessage()).isEqualTo("Write what the customer said.");
    }

    @Test
    void undoARecentContact() {
        loginAs(AppRoles.CUSTOMER_SERVICE);
        DemandEntryView entry = navigate(DemandEntryView.class);
        String words = "Loggad av misstag " + System.nanoTime();
        _setValue(entry.words, words);
        _click(entry.save);
        DemandItem logged = GridKt._get(entry.recent.grid, 0);
        var actions = GridKt._getCellComponent(entry.recent.grid, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("undo-" + logged.id())));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        assertThat(jdbc.queryForObject("select count(*) from demand where customer_words = ?", Integer.class, words))
                .isZero();
    }

    @Test
    void triageClassifiesTheSelectedContacts() {
        loginAs(AppRoles.CUSTOMER_SERVICE);
        DemandTriageView triage = navigate(DemandTriageView.class);
        assertThat(GridKt._size(triage.grid)).isGreaterThan(10);
        DemandItem first = GridKt._get(triage.grid, 0);
        GridKt._selectRow(triage.grid, 0);
        _setValue(triage.kind, DemandKind.VALUE);
        _click(triage.classify);
        assertThat(jdbc.queryForObject("select kind from demand where id = ?", String.class, first.id()))
                .isEqualTo("VALUE");
    }

    @Test
    void theAnalysisShowsChartsAndDrillsDownToContacts() {
        loginAs(AppRoles.CEO);
        DemandAnalysisView analysis = navigate(DemandAnalysisView.class);
        assertThat(analysis.ratioChart.isEmptyStateShown()).isFalse();
        assertThat(analysis.ratioChart.categories()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(analysis.ratioChart.series())
                .extracting(s -> s.name())
                .containsExactly("Value demand", "Failure demand", "Failure ratio");
        assertThat(analysis.summary.getText()).startsWith("Failure demand was");
        // The nine demo causes (other tests may add more).
        assertThat(GridKt._size(analysis.causes)).isGreaterThanOrEqualTo(9);
        ParetoBar top = GridKt._get(analysis.causes, 0);
        analysis.drillCause(top);
        assertThat(analysis.drillDown.isVisible()).isTrue();
        assertThat(GridKt._size(analysis.drillDown.grid)).isGreaterThan(10);
        assertThat(GridKt._get(analysis.drillDown.grid, 0).causeId()).isEqualTo(top.causeId());
        // The CEO reads; turning causes into work is for those who capture requirements.
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        Button.class, spec -> spec.withId("to-requirement-" + top.causeId())))
                .isEmpty();
    }

    @Test
    void failureDemandIsWarmAndValueDemandCoolInEveryChart() {
        loginAs(AppRoles.CEO);
        DemandAnalysisView analysis = navigate(DemandAnalysisView.class);
        assertThat(analysis.ratioChart.series())
                .extracting(s -> s.color())
                .containsExactly(DemandColors.VALUE, DemandColors.FAILURE, DemandColors.RATIO);
        assertThat(analysis.paretoChart.series().getFirst().color()).isEqualTo(DemandColors.FAILURE);
        // Warm: more red than blue.
        int rgb = Integer.parseInt(DemandColors.FAILURE.substring(1), 16);
        assertThat(rgb >> 16).isGreaterThan(rgb & 0xff);
    }

    @Test
    void theRecentContactsKeepCorrectAndUndoApart() {
        loginAs(AppRoles.CUSTOMER_SERVICE);
        DemandEntryView entry = navigate(DemandEntryView.class);
        _setValue(entry.words, "Två knappar " + System.nanoTime());
        _click(entry.save);
        var actions = GridKt._getCellComponent(entry.recent.grid, 0, "actions");
        assertThat(actions.getElement().getClassList()).contains("row-actions");
        assertThat(entry.words.isInvalid()).isFalse();
    }

    @Test
    void anEmptyPeriodShowsTheEmptyStateNotABlankBox() {
        loginAs(AppRoles.MARKETING);
        DemandAnalysisView analysis = navigate(DemandAnalysisView.class);
        _setValue(analysis.from, java.time.LocalDate.of(1990, 1, 1));
        _setValue(analysis.to, java.time.LocalDate.of(1990, 12, 31));
        assertThat(analysis.ratioChart.isEmptyStateShown()).isTrue();
        assertThat(analysis.paretoChart.isEmptyStateShown()).isTrue();
    }

    @Test
    void customerServiceTurnsACauseIntoARequirement() {
        loginAs(AppRoles.CUSTOMER_SERVICE);
        DemandAnalysisView analysis = navigate(DemandAnalysisView.class);
        ParetoBar bar = GridKt._get(analysis.causes, 2);
        var actions = GridKt._getCellComponent(analysis.causes, 2, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("to-requirement-" + bar.causeId())));
        TitledView page = (TitledView) currentView(Views.named("se.kundlofte.requirement.ui.RequirementView"));
        assertThat(page.viewTitle()).isEqualTo("Failure demand: " + bar.nameEn());
        assertThat(jdbc.queryForObject(
                        "select source from requirement where title = ? order by id desc limit 1",
                        String.class,
                        page.viewTitle()))
                .isEqualTo("FAILURE_DEMAND");
        UI.getCurrent().navigate("board");
    }

    @Test
    void aRefusalInTheAnalysisShowsItsOwnMessageNotAnUnexpectedError() {
        loginAs(AppRoles.CUSTOMER_SERVICE);
        DemandAnalysisView analysis = navigate(DemandAnalysisView.class);
        // The Pareto on screen still lists a cause that has meanwhile been removed.
        ParetoBar removed = new ParetoBar(-1, "Borttagen orsak", "Removed cause", 3, 1.0);
        analysis.causes.setItems(java.util.List.of(removed));
        var actions = GridKt._getCellComponent(analysis.causes, 0, "actions");
        Exception refused = org.assertj.core.api.Assertions.catchException(
                () -> _click(_get(actions, Button.class, spec -> spec.withId("to-requirement--1"))));
        assertThat(refused).isNotNull();

        // As Vaadin does with an exception from a listener: the session's error handler gets it.
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new com.vaadin.flow.server.ErrorEvent(refused));
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .contains("The failure cause no longer exists.")
                .doesNotContain("Something went wrong. Try again, and tell an administrator if it happens again.");
    }

    @Test
    void aFailureIsTaggedWithThePromiseItBrokeFromThePromisesThatApply() {
        loginAs(AppRoles.CUSTOMER_SERVICE);
        DemandEntryView entry = navigate(DemandEntryView.class);
        assertThat(entry.promise.isEnabled()).isFalse();
        String words = "Chauffören kom tre timmar sent " + System.nanoTime();
        _setValue(entry.words, words);
        ShortcutsKt._fireShortcut(entry, Key.KEY_F, KeyModifier.ALT);
        assertThat(entry.promise.isEnabled()).isTrue();
        var window = entry.promise
                .getListDataView()
                .getItems()
                .filter(p -> p.title().equals("Leverans inom två timmars tidsfönster"))
                .findFirst()
                .orElseThrow();
        _setValue(entry.promise, window);
        _click(entry.save);
        assertThat(jdbc.queryForObject("select promise_id from demand where customer_words = ?", Long.class, words))
                .isEqualTo(window.id());
        assertThat(entry.promise.getValue()).isNull();
    }
}

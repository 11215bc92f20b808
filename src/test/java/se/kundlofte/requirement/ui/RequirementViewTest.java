package se.kundlofte.requirement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.requirement.Answer;
import se.kundlofte.requirement.Effort;
import se.kundlofte.requirement.HistoryItem;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;

class RequirementViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long newRequirement(String title) {
        jdbc.update(
                "insert into requirement (title, source, stage, stage_entered_at, board_rank, created_at, updated_at) "
                        + "values (?, 'LAW', 'IDENTIFIED', now(), 99999999, now(), now())",
                title);
        return jdbc.queryForObject("select id from requirement where title = ?", Long.class, title);
    }

    private RequirementView open(long id) {
        UI.getCurrent().navigate("requirements/" + id);
        return currentView(RequirementView.class);
    }

    @Test
    void thePageShowsEverySection() {
        loginAs(AppRoles.CEO);
        long id = jdbc.queryForObject("select min(id) from requirement where stage = 'MONITORED'", Long.class);
        RequirementView page = open(id);
        assertThat(_find(H3.class))
                .extracting(H3::getText)
                .containsExactly(
                        "Details", "Analysis", "Priority", "Actions", "Communications", "Monitoring", "History");
        assertThat(page.requirement().stage().name()).isEqualTo("MONITORED");
        // The CEO reads; no save buttons.
        assertThat(_find(Button.class, spec -> spec.withId("save-analysis"))).isEmpty();
        assertThat(GridKt._size(_get(HistorySection.class).grid)).isGreaterThanOrEqualTo(6);
    }

    @Test
    void productDevelopmentAnalysesAndTheHistoryShowsIt() {
        long id = newRequirement("Analys i vyn " + System.nanoTime());
        loginAs(AppRoles.PRODUCT_DEVELOPMENT);
        open(id);
        AnalysisSection analysis = _get(AnalysisSection.class);
        _setValue(analysis.applies, Answer.PARTLY);
        _setValue(analysis.appliesWhy, "Bara för svenska kunder");
        _setValue(analysis.realistic, Answer.YES);
        _setValue(analysis.effort, Effort.L);
        _click(_get(Button.class, spec -> spec.withId("save-analysis")));

        assertThat(jdbc.queryForObject("select applies from requirement where id = ?", String.class, id))
                .isEqualTo("PARTLY");
        HistorySection history = _get(HistorySection.class);
        assertThat(GridKt._size(history.grid)).isGreaterThanOrEqualTo(4);
        HistoryItem latest = GridKt._get(history.grid, 0);
        assertThat(latest.changedBy()).isEqualTo("Elin Nyström");
    }

    @Test
    void prioritySectionShowsTheScoreAndFormula() {
        long id = newRequirement("Poäng i vyn " + System.nanoTime());
        jdbc.update("update requirement set customer_value = 4, risk = 3, effort = 'M' where id = ?", id);
        loginAs(AppRoles.SALES);
        open(id);
        PrioritySection priority = _get(PrioritySection.class);
        assertThat(priority.score.getText()).isEqualTo("Priority score 35 (Medium)");
        assertThat(_find(Button.class, spec -> spec.withId("save-priority"))).isEmpty();
    }

    @Test
    void aStaleSaveIsReportedAndNothingIsOverwritten() {
        long id = newRequirement("Inaktuell vy " + System.nanoTime());
        loginAs(AppRoles.PRODUCT_DEVELOPMENT);
        RequirementView page = open(id);
        jdbc.update("update requirement set indicator = 'Kollegans indikator', version = version + 1 where id = ?", id);
        MonitoringSection monitoring = _get(MonitoringSection.class);
        _setValue(monitoring.indicator, "Min indikator");
        _click(_get(Button.class, spec -> spec.withId("save-monitoring")));
        assertThat(jdbc.queryForObject("select indicator from requirement where id = ?", String.class, id))
                .isEqualTo("Kollegans indikator");
        assertThat(page.requirement().indicator()).isEqualTo("Kollegans indikator");
    }

    @Test
    void leavingWithUnsavedChangesAsksAndStayKeepsTheText() {
        long id = newRequirement("Osparat stanna " + System.nanoTime());
        loginAs(AppRoles.PRODUCT_DEVELOPMENT);
        open(id);
        AnalysisSection analysis = _get(AnalysisSection.class);
        assertThat(analysis.hasUnsavedChanges()).isFalse();
        assertThat(_find(Badge.class, spec -> spec.withId("unsaved-analysis"))).isEmpty();
        _setValue(analysis.constraints, "Skrivet men inte sparat");
        assertThat(_get(Badge.class, spec -> spec.withId("unsaved-analysis")).getText())
                .isEqualTo("Not saved");

        UI.getCurrent().navigate("customers");
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-dialog"));
        assertThat(confirm.isOpened()).isTrue();
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(currentView(RequirementView.class)).isNotNull();
        assertThat(_get(AnalysisSection.class).constraints.getValue()).isEqualTo("Skrivet men inte sparat");
    }

    @Test
    void leavingWithUnsavedChangesCanDiscardThem() {
        long id = newRequirement("Osparat lämna " + System.nanoTime());
        loginAs(AppRoles.PRODUCT_DEVELOPMENT);
        open(id);
        _setValue(_get(MonitoringSection.class).indicator, "Kastas");

        UI.getCurrent().navigate("customers");
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-dialog"));
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.RejectEvent(confirm, false));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customers");
        assertThat(jdbc.queryForObject("select indicator from requirement where id = ?", String.class, id))
                .isNull();
    }

    @Test
    void savedSectionsLeaveWithoutAsking() {
        long id = newRequirement("Sparat lämna " + System.nanoTime());
        loginAs(AppRoles.PRODUCT_DEVELOPMENT);
        open(id);
        _setValue(_get(MonitoringSection.class).indicator, "Sparad indikator");
        _click(_get(Button.class, spec -> spec.withId("save-monitoring")));
        assertThat(_find(Badge.class, spec -> spec.withId("unsaved-monitoring")))
                .isEmpty();

        UI.getCurrent().navigate("customers");
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customers");
    }
}

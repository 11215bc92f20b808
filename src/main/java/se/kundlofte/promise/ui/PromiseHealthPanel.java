package se.kundlofte.promise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.ui.chart.Chart;
import se.kundlofte.base.ui.chart.ChartSeries;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.promise.CheckItem;
import se.kundlofte.promise.FulfilmentMonth;
import se.kundlofte.promise.HealthThresholds;
import se.kundlofte.promise.PromiseDetails;
import se.kundlofte.promise.PromiseHealth;
import se.kundlofte.promise.PromiseHealthService;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.security.AppRoles;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * Whether the promise is kept: the verdict and the figures behind it, the rules in words with the
 * owner's thresholds, the fulfilment rate per month as a chart, and the contacts and checks behind
 * any figure (click a month, or "show the evidence").
 */
class PromiseHealthPanel extends Div {

    static final String KEPT_COLOR = "#2f6fb3";
    static final String NOT_KEPT_COLOR = "#d9480f";
    static final String RATE_COLOR = "#1b7a3e";

    final Chart chart = new Chart("");
    final Paragraph summary = new Paragraph();
    final Div drillDown = new Div();
    final Span drillCaption = new Span();
    final Grid<CheckItem> checkGrid = new Grid<>();
    final Grid<DemandItem> contactGrid = new Grid<>();
    final Button addCheck = new Button();
    final Button thresholds = new Button();
    final Button evidence = new Button();

    private final PromiseHealthService health;
    private final BusinessTime time;
    private final long promiseId;
    private List<FulfilmentMonth> months = List.of();
    private LocalDate drillFrom;
    private LocalDate drillTo;

    PromiseHealthPanel(
            PromiseDetails promise,
            PromiseHealthService health,
            PromiseService promises,
            se.kundlofte.customer.CustomerService customers,
            BusinessTime time,
            Runnable onChanged) {
        this.health = health;
        this.time = time;
        this.promiseId = promise.id();
        addClassName("promise-health-panel");
        PromiseHealth now = health.health(promise.id());
        summary.setId("health-summary");
        summary.setText(summaryText(now));
        Div status = new Div(PromiseBadges.health(this, now), summary);
        status.addClassName("health-status");

        Div rules = new Div(new H4(getTranslation("promise.rules.title")), rules(promise.thresholds()));
        rules.setId("health-rules");
        rules.addClassName("health-rules");

        Div actions = new Div();
        actions.addClassName("section-actions");
        evidence.setText(getTranslation("promise.health.showEvidence"));
        evidence.setId("show-evidence");
        evidence.addClickListener(e -> drill(now.from(), now.to()));
        actions.add(evidence);
        if (CurrentUser.can(Permission.PROMISE_EDIT)) {
            addCheck.setText(getTranslation("promise.check.add"));
            addCheck.setIcon(new Icon(VaadinIcon.CHECK_SQUARE_O));
            addCheck.setId("add-check");
            addCheck.addClickListener(e -> new CheckDialog(
                            time.today(),
                            customers,
                            promise,
                            () -> promises.get(promiseId),
                            form -> health.addCheck(promiseId, form),
                            saved -> onChanged.run(),
                            onChanged)
                    .open());
            actions.add(addCheck);
            boolean owner = CurrentUser.get()
                    .map(u -> u.getUserId() == promise.ownerId() || u.getRoles().contains(AppRoles.ADMIN))
                    .orElse(false);
            if (owner) {
                thresholds.setText(getTranslation("promise.thresholds.edit"));
                thresholds.setId("edit-thresholds");
                thresholds.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                thresholds.addClickListener(e -> new ThresholdsDialog(
                                promise,
                                () -> promises.get(promiseId),
                                (version, t) -> promises.setThresholds(promiseId, version, t),
                                saved -> onChanged.run(),
                                onChanged)
                        .open());
                actions.add(thresholds);
            }
        }

        chart.setId("fulfilment-chart");
        chart.onCategoryClick(index -> {
            YearMonth m = months.get(index).month();
            drill(m.atDay(1), m.atEndOfMonth());
        });
        months = health.fulfilment(promise.id());
        chart.setData(
                months.stream().map(m -> m.month().toString()).toList(),
                List.of(
                        ChartSeries.stackedBars(
                                        getTranslation("promise.chart.kept"),
                                        months.stream()
                                                .map(FulfilmentMonth::kept)
                                                .toList())
                                .withColor(KEPT_COLOR),
                        ChartSeries.stackedBars(
                                        getTranslation("promise.chart.notKept"),
                                        months.stream()
                                                .map(FulfilmentMonth::notKept)
                                                .toList())
                                .withColor(NOT_KEPT_COLOR),
                        ChartSeries.bars(
                                        getTranslation("promise.chart.contacts"),
                                        months.stream()
                                                .map(FulfilmentMonth::failures)
                                                .toList())
                                .withColor("#8a1c0b"),
                        ChartSeries.percentLine(
                                        getTranslation("promise.chart.rate"),
                                        months.stream()
                                                .map(FulfilmentMonth::rate)
                                                .toList())
                                .withColor(RATE_COLOR)),
                getTranslation("promise.chart.count"),
                getTranslation("promise.chart.percent"));
        Paragraph chartHint = new Paragraph(getTranslation("promise.chart.hint"));
        chartHint.addClassName("muted");

        configureDrillDown();
        add(status, rules, actions, new H4(getTranslation("promise.chart.title")), chart, chartHint, drillDown);
    }

    private String summaryText(PromiseHealth h) {
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        return getTranslation(
                "promise.health.summary",
                java.time.temporal.ChronoUnit.DAYS.between(h.from(), h.to()) + 1,
                h.failures(),
                h.checks(),
                h.keptChecks(),
                h.rate() == null ? "–" : percent.format(h.rate()),
                h.disputedChecks());
    }

    private UnorderedList rules(HealthThresholds t) {
        return new UnorderedList(
                new ListItem(getTranslation("promise.rules.window", t.windowDays())),
                new ListItem(getTranslation("promise.rules.notMeasured")),
                new ListItem(getTranslation("promise.rules.broken", t.brokenContacts(), t.brokenRate())),
                new ListItem(getTranslation("promise.rules.disputed")),
                new ListItem(getTranslation("promise.rules.atRisk", t.atRiskContacts(), t.atRiskRate())),
                new ListItem(getTranslation("promise.rules.kept")));
    }

    private void configureDrillDown() {
        drillDown.setId("health-drill-down");
        drillDown.addClassName("drill-down");
        checkGrid
                .addColumn(c -> c.checkedOn().toString())
                .setHeader(getTranslation("promise.check.checkedOn"))
                .setWidth("8rem")
                .setFlexGrow(0);
        checkGrid
                .addColumn(c -> getTranslation(c.kept() ? "promise.check.kept" : "promise.check.notKept"))
                .setHeader(getTranslation("promise.check.ours"))
                .setFlexGrow(1);
        checkGrid
                .addColumn(c -> c.customerKept() == null
                        ? "–"
                        : getTranslation(c.customerKept() ? "promise.check.kept" : "promise.check.notKept")
                                + (c.disputed() ? " (" + getTranslation("promise.health.DISPUTED") + ")" : ""))
                .setHeader(getTranslation("promise.check.customers"))
                .setFlexGrow(1);
        checkGrid
                .addColumn(c -> Objects.toString(c.customerName(), ""))
                .setHeader(getTranslation("promise.field.customer"))
                .setFlexGrow(1);
        checkGrid
                .addColumn(CheckItem::evidence)
                .setHeader(getTranslation("promise.check.evidence"))
                .setFlexGrow(3);
        checkGrid.setAllRowsVisible(true);
        checkGrid.setEmptyStateText(getTranslation("promise.check.none"));
        contactGrid
                .addColumn(d -> time.formatDate(d.loggedAt()))
                .setHeader(getTranslation("demand.column.time"))
                .setWidth("8rem")
                .setFlexGrow(0);
        contactGrid
                .addColumn(d -> Objects.toString(d.customerName(), ""))
                .setHeader(getTranslation("demand.field.customer"))
                .setFlexGrow(1);
        contactGrid
                .addColumn(DemandItem::words)
                .setHeader(getTranslation("demand.field.words"))
                .setFlexGrow(3);
        contactGrid.setItemsPageable(
                page -> drillFrom == null ? List.of() : health.contacts(promiseId, drillFrom, drillTo, page));
        contactGrid.setHeight("18rem");
        contactGrid.setEmptyStateText(getTranslation("promise.contacts.none"));
        drillDown.add(
                new H4(getTranslation("promise.drill.title")),
                drillCaption,
                new H4(getTranslation("promise.drill.checks")),
                checkGrid,
                new H4(getTranslation("promise.drill.contacts")),
                contactGrid);
        drillDown.setVisible(false);
    }

    void drill(LocalDate from, LocalDate to) {
        drillFrom = from;
        drillTo = to;
        drillCaption.setText(getTranslation("promise.drill.period", from, to));
        checkGrid.setItems(health.checks(promiseId, from, to));
        contactGrid.getDataProvider().refreshAll();
        drillDown.setVisible(true);
    }
}

package se.kundlofte.demand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.JourneyStageChoice;
import se.kundlofte.base.JourneyStageChoices;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.base.ui.chart.Chart;
import se.kundlofte.base.ui.chart.ChartSeries;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.ui.CustomerChoice;
import se.kundlofte.demand.Breakdown;
import se.kundlofte.demand.BreakdownRow;
import se.kundlofte.demand.DemandAnalysisService;
import se.kundlofte.demand.DemandFilter;
import se.kundlofte.demand.DemandKind;
import se.kundlofte.demand.DemandReferenceService;
import se.kundlofte.demand.DemandService;
import se.kundlofte.demand.Granularity;
import se.kundlofte.demand.ParetoBar;
import se.kundlofte.demand.RatioPoint;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.ui.RequirementNavigation;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * Failure demand analysis: the ratio over time, the Pareto of causes, breakdowns by stage,
 * channel, customer and industry, each drilling down to the contacts behind it; turning a cause
 * into a requirement; and whether finished work reduced its cause's failure demand.
 */
@Route("demand")
@Menu(title = "menu.demand", order = 32, icon = "vaadin:chart")
@RolesAllowed(Permission.DEMAND_READ)
class DemandAnalysisView extends Main implements TitledView, BeforeEnterObserver {

    /** URL parameter: the id of a journey map's stage whose contacts alone are analysed. */
    static final String JOURNEY_STAGE = "journeyStage";

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<Granularity> granularity = new Select<>();
    final ComboBox<ReferenceItem> channel = new ComboBox<>();
    final ComboBox<JourneyPhase> stage = new ComboBox<>();
    final ComboBox<CustomerChoice> customer = new ComboBox<>();
    final ComboBox<JourneyStageChoice> journeyStage = new ComboBox<>();
    final Chart ratioChart;
    final Chart paretoChart;
    final Grid<ParetoBar> causes = new Grid<>();
    final Select<Breakdown> breakdownBy = new Select<>();
    final Grid<BreakdownRow> breakdown = new Grid<>();
    final Span summary = new Span();
    final DrillDown drillDown;
    final BeforeAfterPanel beforeAfter;

    private final DemandAnalysisService analysis;
    private final DemandService demands;
    private List<RatioPoint> ratio = List.of();
    private List<ParetoBar> pareto = List.of();

    DemandAnalysisView(
            DemandAnalysisService analysis,
            DemandService demands,
            DemandReferenceService references,
            CustomerService customers,
            JourneyStageChoices journeyStages,
            BusinessTime time) {
        this.analysis = analysis;
        this.demands = demands;
        addClassName("demand-analysis-view");
        from.setLabel(getTranslation("demand.filter.from"));
        to.setLabel(getTranslation("demand.filter.to"));
        to.setValue(time.today());
        from.setValue(time.today().minusWeeks(52));
        granularity.setLabel(getTranslation("demand.filter.granularity"));
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> getTranslation(g.translationKey()));
        granularity.setValue(Granularity.WEEK);
        channel.setLabel(getTranslation("demand.field.channel"));
        channel.setItems(references.channels(true));
        channel.setItemLabelGenerator(c -> c.name(getLocale()));
        channel.setClearButtonVisible(true);
        stage.setLabel(getTranslation("demand.field.stage"));
        stage.setItems(JourneyPhase.values());
        stage.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        stage.setClearButtonVisible(true);
        customer.setLabel(getTranslation("demand.field.customer"));
        customer.setClearButtonVisible(true);
        CustomerChoice.bind(customer, customers);
        journeyStage.setLabel(getTranslation("journeyLink.filter.stage"));
        journeyStage.setItems(journeyStages.all());
        journeyStage.setItemLabelGenerator(c -> c.label(this::getTranslation));
        journeyStage.setClearButtonVisible(true);
        journeyStage.setId("analysis-journey-stage");
        journeyStage.setWidth("18rem");
        Div filters = new Div(from, to, granularity, channel, stage, journeyStage, customer);
        filters.addClassName("filters");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        granularity.addValueChangeListener(e -> refresh());
        channel.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        customer.addValueChangeListener(e -> refresh());
        journeyStage.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                rememberJourneyStage();
            }
            refresh();
        });

        ratioChart = new Chart(getTranslation("chart.empty"));
        ratioChart.setId("ratio-chart");
        ratioChart.onCategoryClick(index -> drillPeriod(index));
        paretoChart = new Chart(getTranslation("chart.empty"));
        paretoChart.setId("pareto-chart");
        paretoChart.onCategoryClick(index -> drillCause(pareto.get(index)));
        summary.addClassName("ratio-summary");
        summary.setId("ratio-summary");

        drillDown = new DrillDown(demands, time);
        configureCauses();
        configureBreakdown();
        beforeAfter = new BeforeAfterPanel(analysis);

        add(
                filters,
                section("demand.section.ratio", summary, ratioChart),
                section("demand.section.pareto", paretoChart, causes),
                section("demand.section.breakdown", breakdownBy, breakdown),
                drillDown,
                section("demand.section.beforeAfter", beforeAfter));
        refresh();
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("analysis-section");
        return section;
    }

    private void configureCauses() {
        causes.addColumn(p -> p.name(getLocale()))
                .setHeader(getTranslation("demand.field.cause"))
                .setFlexGrow(3);
        causes.addColumn(ParetoBar::count)
                .setHeader(getTranslation("demand.column.count"))
                .setFlexGrow(1);
        causes.addColumn(p -> Math.round(p.cumulativeShare() * 100) + " %")
                .setHeader(getTranslation("demand.column.cumulative"))
                .setFlexGrow(1);
        causes.addComponentColumn(p -> {
                    Div actions = new Div();
                    actions.addClassName("row-actions");
                    Button show = new Button(getTranslation("demand.action.showContacts"), e -> drillCause(p));
                    show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    actions.add(show);
                    if (CurrentUser.can(Permission.REQUIREMENT_CREATE)) {
                        Button work = new Button(getTranslation("demand.action.toRequirement"), e -> toRequirement(p));
                        work.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                        work.setId("to-requirement-" + p.causeId());
                        actions.add(work);
                    }
                    return actions;
                })
                .setKey("actions")
                .setFlexGrow(2);
        causes.setAllRowsVisible(true);
    }

    private void configureBreakdown() {
        breakdownBy.setLabel(getTranslation("demand.breakdown.by"));
        breakdownBy.setItems(Breakdown.values());
        breakdownBy.setItemLabelGenerator(b -> getTranslation(b.translationKey()));
        breakdownBy.setValue(Breakdown.JOURNEY_STAGE);
        breakdownBy.addValueChangeListener(e -> refreshBreakdown());
        breakdown
                .addColumn(this::label)
                .setHeader(getTranslation("demand.column.what"))
                .setFlexGrow(3);
        breakdown
                .addColumn(BreakdownRow::value)
                .setHeader(getTranslation("demandKind.VALUE"))
                .setFlexGrow(1);
        breakdown
                .addColumn(BreakdownRow::failure)
                .setHeader(getTranslation("demandKind.FAILURE"))
                .setFlexGrow(1);
        breakdown
                .addColumn(r -> r.ratio() == null ? "–" : Math.round(r.ratio() * 100) + " %")
                .setHeader(getTranslation("demand.column.ratio"))
                .setFlexGrow(1);
        breakdown.addItemClickListener(e -> drillBreakdown(e.getItem()));
        breakdown.setAllRowsVisible(true);
    }

    private String label(BreakdownRow row) {
        if (breakdownBy.getValue() == Breakdown.JOURNEY_STAGE) {
            return row.key() == null ? getTranslation("demand.noStage") : getTranslation("journeyStage." + row.key());
        }
        return row.label(getLocale());
    }

    DemandFilter filter() {
        return DemandFilter.all()
                .withPeriod(from.getValue(), to.getValue())
                .withChannel(
                        channel.getValue() == null ? null : channel.getValue().id())
                .withCustomer(
                        customer.getValue() == null ? null : customer.getValue().id())
                .withJourneyStage(
                        stage.getValue() == null ? null : stage.getValue().name())
                .withJourneyStageId(
                        journeyStage.getValue() == null
                                ? null
                                : journeyStage.getValue().id());
    }

    /**
     * {@code ?journeyStage=<stage id>} (from the journey map) narrows the analysis to the contacts
     * pointing at that stage, optionally with {@code from} and {@code to} (ISO dates); unknown
     * values are ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        date(params, "from").ifPresent(from::setValue);
        date(params, "to").ifPresent(to::setValue);
        journeyStage.setValue(first(params, JOURNEY_STAGE)
                .flatMap(DemandAnalysisView::number)
                .flatMap(id -> journeyStage
                        .getListDataView()
                        .getItems()
                        .filter(c -> c.id() == id)
                        .findFirst())
                .orElse(null));
    }

    /** Keeps the address in step with the journey-stage filter, so that clearing it can be shared too. */
    private void rememberJourneyStage() {
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        new Location(
                                RouteConfiguration.forApplicationScope().getUrl(DemandAnalysisView.class),
                                journeyStage.getValue() == null
                                        ? QueryParameters.empty()
                                        : QueryParameters.of(
                                                JOURNEY_STAGE,
                                                Long.toString(
                                                        journeyStage.getValue().id())))));
    }

    private static Optional<String> first(Map<String, List<String>> params, String key) {
        return Optional.ofNullable(params.get(key))
                .flatMap(values -> values.stream().findFirst());
    }

    private static Optional<LocalDate> date(Map<String, List<String>> params, String key) {
        return first(params, key).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            to.setErrorMessage(getTranslation("demand.error.period"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        DemandFilter filter = filter();
        ratio = analysis.ratio(filter, granularity.getValue());
        long value = ratio.stream().mapToLong(RatioPoint::value).sum();
        long failure = ratio.stream().mapToLong(RatioPoint::failure).sum();
        summary.setText(
                value + failure == 0
                        ? getTranslation("chart.empty")
                        : getTranslation(
                                "demand.summary",
                                Math.round(100.0 * failure / (value + failure)),
                                failure,
                                value + failure));
        ratioChart.setData(
                ratio.stream().map(p -> periodLabel(p.period())).toList(),
                List.of(
                        ChartSeries.stackedBars(
                                        getTranslation("demandKind.VALUE"),
                                        ratio.stream().map(RatioPoint::value).toList())
                                .withColor(DemandColors.VALUE),
                        ChartSeries.stackedBars(
                                        getTranslation("demandKind.FAILURE"),
                                        ratio.stream().map(RatioPoint::failure).toList())
                                .withColor(DemandColors.FAILURE),
                        ChartSeries.percentLine(
                                        getTranslation("demand.ratio"),
                                        ratio.stream().map(RatioPoint::ratio).toList())
                                .withColor(DemandColors.RATIO)),
                getTranslation("demand.axis.contacts"),
                getTranslation("demand.axis.percent"));
        pareto = analysis.pareto(filter);
        paretoChart.setData(
                pareto.stream().map(p -> p.name(getLocale())).toList(),
                List.of(
                        ChartSeries.bars(
                                        getTranslation("demandKind.FAILURE"),
                                        pareto.stream().map(ParetoBar::count).toList())
                                .withColor(DemandColors.FAILURE),
                        ChartSeries.percentLine(
                                        getTranslation("demand.column.cumulative"),
                                        pareto.stream()
                                                .map(ParetoBar::cumulativeShare)
                                                .toList())
                                .withColor(DemandColors.NEUTRAL)),
                getTranslation("demand.axis.contacts"),
                getTranslation("demand.axis.percent"));
        causes.setItems(pareto);
        refreshBreakdown();
    }

    private void refreshBreakdown() {
        breakdown.setItems(analysis.breakdown(filter(), breakdownBy.getValue(), 20));
    }

    private String periodLabel(LocalDate period) {
        return granularity.getValue() == Granularity.WEEK
                ? getTranslation("demand.week", period.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), period.getYear() % 100)
                : period.format(DateTimeFormatter.ofPattern("yyyy-MM"));
    }

    void drillPeriod(int index) {
        RatioPoint point = ratio.get(index);
        LocalDate end = granularity.getValue() == Granularity.WEEK
                ? point.period().plusDays(6)
                : point.period().plusMonths(1).minusDays(1);
        drillDown.show(filter().withPeriod(point.period(), end), periodLabel(point.period()));
    }

    void drillCause(ParetoBar bar) {
        drillDown.show(filter().withKind(DemandKind.FAILURE).withCause(bar.causeId()), bar.name(getLocale()));
    }

    void drillBreakdown(BreakdownRow row) {
        DemandFilter f = filter();
        DemandFilter drilled =
                switch (breakdownBy.getValue()) {
                    case JOURNEY_STAGE -> f.withJourneyStage(row.key());
                    case CHANNEL -> f.withChannel(Long.valueOf(row.key()));
                    case CUSTOMER -> f.withCustomer(Long.valueOf(row.key()));
                    case INDUSTRY -> f.withIndustry(Long.valueOf(row.key()));
                };
        drillDown.show(drilled, label(row));
    }

    void toRequirement(ParetoBar bar) {
        List<Long> samples = drillDown.isVisible()
                        && drillDown.filter() != null
                        && bar.causeId() == nullSafe(drillDown.filter().causeId())
                ? drillDown.grid.getSelectedItems().stream().map(d -> d.id()).toList()
                : List.of();
        if (samples.isEmpty()) {
            // Without a selection, the cause's latest contacts in the period are the samples.
            samples =
                    demands
                            .contacts(
                                    filter().withKind(DemandKind.FAILURE).withCause(bar.causeId()),
                                    PageRequest.of(0, 10))
                            .stream()
                            .map(d -> d.id())
                            .toList();
        }
        RequirementDetails created = analysis.createRequirement(bar.causeId(), samples, getLocale());
        Notifications.success(getTranslation("demand.toRequirement.done", created.title()));
        RequirementNavigation.toRequirement(created.id());
    }

    private static long nullSafe(Long value) {
        return value == null ? -1 : value;
    }

    @Override
    public String titleKey() {
        return "menu.demand";
    }
}

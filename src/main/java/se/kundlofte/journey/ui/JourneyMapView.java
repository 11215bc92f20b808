package se.kundlofte.journey.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.journey.JourneyExportService;
import se.kundlofte.journey.JourneyFiguresService;
import se.kundlofte.journey.JourneyGapService;
import se.kundlofte.journey.JourneyMap;
import se.kundlofte.journey.JourneyService;
import se.kundlofte.journey.ObservationService;
import se.kundlofte.journey.StageFigures;
import se.kundlofte.journey.StageGap;
import se.kundlofte.journey.StageItem;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * One customer journey as a map: the phases and stages across, the emotion curve, the lanes of
 * the customer's side and ours, the live figures, gaps impossible to miss, the gaps summary and
 * the observations. Editors change stages and lanes; everyone adds observations, prints and exports.
 */
@Route("journeys/:journeyId([0-9]{1,18})")
@RolesAllowed(Permission.JOURNEY_READ)
class JourneyMapView extends Main implements BeforeEnterObserver, TitledView {

    static final String PARAMETER = "journeyId";

    final Button editJourney = new Button();
    final Button addStage = new Button();
    final Button addObservation = new Button();
    final Button print = new Button();

    @Nullable
    Anchor export;

    @Nullable
    JourneyMapBoard board;

    @Nullable
    GapsPanel gapsPanel;

    @Nullable
    ObservationList observationList;

    private final JourneyService journeys;
    private final JourneyFiguresService figures;
    private final JourneyGapService gaps;
    private final ObservationService observations;
    private final JourneyExportService exporter;
    private final CustomerService customers;
    private final BusinessTime time;
    private long journeyId;
    private @Nullable JourneyMap map;

    JourneyMapView(
            JourneyService journeys,
            JourneyFiguresService figures,
            JourneyGapService gaps,
            ObservationService observations,
            JourneyExportService exporter,
            CustomerService customers,
            BusinessTime time) {
        this.journeys = journeys;
        this.figures = figures;
        this.gaps = gaps;
        this.observations = observations;
        this.exporter = exporter;
        this.customers = customers;
        this.time = time;
        addClassName("journey-map-view");
        editJourney.setText(getTranslation("journey.action.edit"));
        editJourney.setIcon(VaadinIcon.COG.create());
        editJourney.addClickListener(e -> new JourneyDialog(journeys, map().journey(), saved -> render()).open());
        addStage.setText(getTranslation("journey.stage.add"));
        addStage.setIcon(VaadinIcon.PLUS.create());
        addStage.addClickListener(e -> new AddStageDialog(journeys, map(), saved -> render()).open());
        addObservation.setText(getTranslation("observation.add"));
        addObservation.setIcon(VaadinIcon.EYE.create());
        addObservation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addObservation.addClickListener(e -> openObservation(null));
        print.setText(getTranslation("journey.action.print"));
        print.setIcon(VaadinIcon.PRINT.create());
        print.addClickListener(e -> getElement().executeJs("window.print()"));
    }

    static RouteParameters parameters(long journeyId) {
        return new RouteParameters(PARAMETER, String.valueOf(journeyId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        journeyId = event.getRouteParameters().getLong(PARAMETER).orElse(-1L);
        JourneyMap found;
        try {
            found = journeys.map(journeyId);
        } catch (RuleViolationException notFound) {
            event.rerouteToError(NotFoundException.class, getTranslation("journey.error.notFound"));
            return;
        }
        render(found);
    }

    JourneyMap map() {
        if (map == null) {
            throw new IllegalStateException("not rendered");
        }
        return map;
    }

    /** Reads the journey again and shows it: after a change made on this page. */
    void render() {
        render(journeys.map(journeyId));
    }

    private void render(JourneyMap current) {
        map = current;
        Map<Long, StageFigures> live = figures.figures(current);
        List<StageGap> gapList = gaps.gaps(current, live);
        removeAll();
        boolean editor = CurrentUser.can(Permission.JOURNEY_EDIT);

        H2 title = new H2(current.journey().label(this::getTranslation));
        Badge segment = new Badge(
                current.journey().segment() == null
                        ? getTranslation("journey.field.segment.all")
                        : getTranslation(current.journey().segment().translationKey()));
        segment.addThemeVariants(BadgeVariant.CONTRAST);
        Div heading = new Div(title, segment);
        heading.addClassName("journey-heading");
        if (!gapList.isEmpty()) {
            Badge gapCount = new Badge(getTranslation("journeys.gaps", gapList.size()));
            gapCount.addThemeVariants(BadgeVariant.ERROR);
            gapCount.addClassName("journey-gap-count");
            heading.add(gapCount);
        }
        export = new Anchor(
                event -> {
                    event.setFileName(
                            getTranslation("journey.csv.file") + "-" + journeyId + "-" + time.today() + ".csv");
                    event.setContentType("text/csv; charset=UTF-8");
                    exporter.export(journeyId, getLocale(), event.getOutputStream());
                },
                getTranslation("journey.action.export"));
        export.addClassName("export-link");
        Div actions = new Div(addObservation, print, export);
        actions.addClassName("actions");
        if (editor) {
            actions.addComponentAsFirst(addStage);
            actions.addComponentAsFirst(editJourney);
        }
        Div toolbar = new Div(heading, actions);
        toolbar.addClassName("toolbar");
        add(toolbar);
        if (current.journey().description() != null) {
            Paragraph description = new Paragraph(current.journey().description());
            description.addClassName("journey-description");
            add(description);
        }
        Span legend = new Span(getTranslation("journey.map.legend"));
        legend.addClassName("journey-legend");
        add(legend);

        board = new JourneyMapBoard(
                current, live, figures.failureFrom(), gapList, editor, this::openEditor, this::move, this::remove);
        Div scroll = new Div(board);
        scroll.addClassName("journey-map-scroll");
        add(scroll);

        gapsPanel = new GapsPanel(gapList, current.journey().gapFailurePercent(), gaps);
        Map<Long, String> labels =
                current.stages().stream().collect(Collectors.toMap(StageItem::id, s -> s.label(this::getTranslation)));
        observationList = new ObservationList(observations, journeyId, labels);
        Div sections = new Div(gapsPanel, observationList);
        sections.addClassName("journey-sections");
        add(sections);
    }

    StageEditor openEditor(StageItem stage, @Nullable String field) {
        StageEditor editor = new StageEditor(journeys, journeys.stage(stage.id()), saved -> render());
        editor.open();
        editor.focus(field);
        return editor;
    }

    private void move(StageItem stage, int delta) {
        try {
            journeys.moveStageBy(stage.id(), delta);
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
        }
        render();
    }

    private void remove(StageItem stage) {
        new RemoveStageDialog(journeys, map(), stage, this::render).open();
    }

    ObservationDialog openObservation(@Nullable StageItem stage) {
        ObservationDialog dialog =
                new ObservationDialog(observations, customers, map(), stage, time.today(), saved -> render());
        dialog.open();
        return dialog;
    }

    @Override
    public String titleKey() {
        return "menu.journeys";
    }

    @Override
    public String viewTitle() {
        return map == null ? getTranslation(titleKey()) : map.journey().label(this::getTranslation);
    }
}

package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.JourneyStageChoices;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.requirement.RequirementActionService;
import se.kundlofte.requirement.RequirementBroadcaster;
import se.kundlofte.requirement.RequirementCommunicationService;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Stage;
import se.kundlofte.security.Permission;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserRef;

/** One requirement: details, analysis, priority, actions, communications, monitoring, history. */
@Route("requirements/:requirementId([0-9]{1,18})")
@RolesAllowed(Permission.REQUIREMENT_READ)
class RequirementView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, TitledView {

    static final String PARAMETER = "requirementId";
    static final String SECTION = "section";

    private final RequirementService requirements;
    private final RequirementActionService actions;
    private final RequirementCommunicationService communications;
    private final CustomerService customers;
    private final RequirementBroadcaster broadcaster;
    private final BusinessTime time;
    private final List<UserRef> owners = new ArrayList<>();
    private final List<RequirementLinks> links;
    private RequirementDetails requirement;
    private String section;
    private Runnable unregister;
    private final JourneyStageChoices journeyStages;

    RequirementView(
            RequirementService requirements,
            RequirementActionService actions,
            RequirementCommunicationService communications,
            CustomerService customers,
            UserDirectory users,
            RequirementBroadcaster broadcaster,
            BusinessTime time,
            List<RequirementLinks> links,
            JourneyStageChoices journeyStages) {
        this.journeyStages = journeyStages;
        this.time = time;
        this.links = links;
        this.requirements = requirements;
        this.actions = actions;
        this.communications = communications;
        this.customers = customers;
        this.broadcaster = broadcaster;
        owners.addAll(users.activeWithPermission(Permission.REQUIREMENT_OWN));
        addClassName("requirement-view");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters(PARAMETER, String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(PARAMETER).orElse(-1L);
        section = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(SECTION)
                .orElse(null);
        try {
            requirement = requirements.get(id);
        } catch (RuleViolationException notFound) {
            event.rerouteToError(NotFoundException.class, getTranslation("requirement.error.notFound"));
            return;
        }
        render();
    }

    /** Text typed in a section and not saved is not lost silently: the user chooses to leave or stay. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        List<String> unsaved = getChildren()
                .filter(c -> c instanceof PageSection section && section.hasUnsavedChanges())
                .map(c -> ((PageSection) c).title())
                .toList();
        if (unsaved.isEmpty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("unsaved-dialog");
        dialog.setHeader(getTranslation("requirement.unsaved.title"));
        dialog.setText(getTranslation("requirement.unsaved.text", String.join(", ", unsaved)));
        // Staying is the focused default, so Enter or Escape never throws typed text away.
        dialog.setConfirmText(getTranslation("requirement.unsaved.stay"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("requirement.unsaved.leave"));
        dialog.setRejectButtonTheme("error tertiary");
        dialog.addRejectListener(e -> leave.proceed());
        dialog.open();
    }

    void reload() {
        requirement = requirements.get(requirement.id());
        render();
    }

    private void saved(RequirementDetails details) {
        requirement = details;
        render();
    }

    private void render() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("requirement.backToBoard"), RequirementBoardView.class);
        back.addClassName("back-link");
        add(back, header());
        add(new DetailsSection(
                requirement, requirements, customers, owners, journeyStages.all(), this::saved, this::reload));
        add(new AnalysisSection(requirement, requirements, this::saved, this::reload));
        add(new PrioritySection(requirement, requirements, this::saved, this::reload));
        add(new ActionsSection(requirement.id(), actions, owners, this::reload));
        add(new CommunicationsSection(requirement.id(), communications, time.today(), this::reload));
        add(new MonitoringSection(requirement, requirements, this::saved, this::reload));
        if (requirement.stage() == Stage.REJECTED
                || requirement.rejectionReason() != null
                || "rejection".equals(section)) {
            add(new RejectionSection(requirement, requirements, this::saved, this::reload));
        }
        add(new HistorySection(requirements.history(requirement.id()), time));
        if (section != null) {
            String anchor = section;
            getElement()
                    .executeJs(
                            "const el = document.getElementById($0); if (el) { el.scrollIntoView(); el.classList.add('highlight'); }",
                            anchor);
            section = null;
        }
    }

    private Div header() {
        H2 title = new H2(requirement.title());
        title.setId("requirement-title");
        Badge stage = new Badge(getTranslation(requirement.stage().translationKey()));
        stage.setId("requirement-stage");
        stage.addThemeVariants(BadgeVariant.CONTRAST);
        Badge priority = new Badge(getTranslation(requirement.priority().translationKey())
                + (requirement.score() == null ? "" : " " + requirement.score()));
        Div badges = new Div(stage, priority);
        badges.addClassName("badges");
        if (requirement.formal()) {
            badges.add(new Badge(getTranslation("requirement.formal")));
        }
        Span customer = new Span(
                requirement.customerName() == null ? getTranslation("board.noCustomer") : requirement.customerName());
        customer.addClassName("muted");
        Div header = new Div(title, badges, customer);
        links.forEach(feature -> feature.links(requirement.id()).ifPresent(header::add));
        header.addClassName("requirement-header");
        return header;
    }

    /** A colleague saved this requirement: offer the new version, never overwrite what is being typed. */
    private void changedElsewhere() {
        RequirementDetails current = requirements.get(requirement.id());
        if (current.version() == requirement.version()
                || getChildren().anyMatch(c -> c.getId().orElse("").equals("changed-banner"))) {
            return;
        }
        com.vaadin.flow.component.button.Button reload =
                new com.vaadin.flow.component.button.Button(getTranslation("conflict.reload"), e -> reload());
        reload.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        Div banner = new Div(new Span(getTranslation("requirement.changedElsewhere")), reload);
        banner.setId("changed-banner");
        banner.addClassName("form-conflict");
        addComponentAtIndex(1, banner);
    }

    RequirementDetails requirement() {
        return requirement;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unregister = broadcaster.register(change -> {
            if (requirement != null && change.requirementId() == requirement.id()) {
                ui.access(this::changedElsewhere);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unregister != null) {
            unregister.run();
        }
    }

    @Override
    public String titleKey() {
        return "requirement.title";
    }

    @Override
    public String viewTitle() {
        return requirement == null ? getTranslation(titleKey()) : requirement.title();
    }
}

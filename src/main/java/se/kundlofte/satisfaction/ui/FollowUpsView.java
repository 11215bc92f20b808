package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.ui.CustomerNavigation;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.ui.RequirementNavigation;
import se.kundlofte.satisfaction.FollowUpAccess;
import se.kundlofte.satisfaction.FollowUpFilter;
import se.kundlofte.satisfaction.FollowUpItem;
import se.kundlofte.satisfaction.FollowUpService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * Closing the loop: the follow-ups of unhappy responses, most urgent first, overdue ones flagged.
 * The owner (or the CEO, or an administrator) records what was done; a follow-up can raise a
 * requirement or tag a broken promise in one step.
 */
@Route("satisfaction/follow-ups")
@Menu(title = "menu.followUps", order = 35, icon = "vaadin:phone-landline")
@RolesAllowed(Permission.SATISFACTION_READ)
class FollowUpsView extends Main implements TitledView, BeforeEnterObserver {

    static final String SHOW = "show";
    static final String CUSTOMER = "customer";

    /** Three icon controls side by side with small gaps, plus the cell's padding. */
    static final String ACTIONS_WIDTH = "8.5rem";

    enum Scope {
        MINE,
        OPEN,
        OVERDUE,
        ALL
    }

    final Select<Scope> scope = new Select<>();
    final Grid<FollowUpItem> grid = new Grid<>();

    private final FollowUpService followUps;
    private final BusinessTime time;
    private final boolean promises;
    private @Nullable Long customerId;

    FollowUpsView(FollowUpService followUps, BusinessTime time) {
        this.followUps = followUps;
        this.time = time;
        this.promises = followUps.promisesAvailable();
        addClassName("list-view");
        addClassName("follow-ups-view");
        scope.setLabel(getTranslation("satisfaction.followUps.show"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("satisfaction.followUps.scope." + s.name()));
        scope.setValue(CurrentUser.can(Permission.CUSTOMER_OWN) ? Scope.MINE : Scope.OPEN);
        scope.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Paragraph help = new Paragraph(getTranslation("satisfaction.followUps.help", followUps.overdueAfterDays()));
        help.addClassName("muted");
        configureGrid();
        add(help, scope, grid);
    }

    FollowUpFilter filter() {
        FollowUpFilter filter =
                switch (scope.getValue() == null ? Scope.OPEN : scope.getValue()) {
                    case MINE ->
                        FollowUpFilter.open().withOwner(CurrentUser.require().getUserId());
                    case OPEN -> FollowUpFilter.open();
                    case OVERDUE -> FollowUpFilter.open().withOverdueOnly(true);
                    case ALL -> FollowUpFilter.all();
                };
        return filter.withCustomer(customerId);
    }

    /** {@code ?show=ALL&customer=12}: a list that can be linked to, e.g. from the customer page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter(SHOW).ifPresent(show -> {
            try {
                scope.setValue(Scope.valueOf(show));
            } catch (IllegalArgumentException unknown) {
                // keep the default
            }
        });
        customerId = query.getSingleParameter(CUSTOMER)
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        grid.getDataProvider().refreshAll();
    }

    /**
     * Fixed widths that add up to what a 1280-pixel window leaves beside the menu (about 61rem),
     * the slack shared by the text columns: names wrap rather than being cut, comment and status
     * show two lines with the whole text as tooltip, and the row actions are icons of fixed width.
     */
    private void configureGrid() {
        grid.addComponentColumn(this::due)
                .setHeader(getTranslation("satisfaction.followUp.due"))
                .setKey("due")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(f -> CustomerNavigation.customerLink(f.customerName(), f.customerId()))
                .setHeader(getTranslation("satisfaction.field.customer"))
                .setKey("customer")
                .setWidth("11rem")
                .setFlexGrow(2);
        grid.addComponentColumn(f -> ScoreFormat.badge(f.type(), f.score()))
                .setHeader(getTranslation("satisfaction.field.score"))
                .setKey("score")
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(clamped(f -> f.comment() == null ? "" : f.comment()))
                .setHeader(getTranslation("satisfaction.field.comment"))
                .setTooltipGenerator(f -> f.comment() == null ? "" : f.comment())
                .setKey("comment")
                .setWidth("8rem")
                .setFlexGrow(3);
        grid.addColumn(f -> f.ownerName() == null ? getTranslation("satisfaction.followUp.noOwner") : f.ownerName())
                .setHeader(getTranslation("satisfaction.followUp.owner"))
                .setKey("owner")
                .setWidth("9rem")
                .setFlexGrow(1);
        grid.addColumn(clamped(this::status))
                .setHeader(getTranslation("satisfaction.followUp.status"))
                .setTooltipGenerator(this::status)
                .setKey("status")
                .setWidth("7rem")
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setWidth(ACTIONS_WIDTH)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> followUps.list(filter(), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setEmptyStateText(getTranslation("satisfaction.followUps.none"));
    }

    /** Text cut after two lines (the tooltip has all of it), so a long comment does not make a tall row. */
    private static LitRenderer<FollowUpItem> clamped(ValueProvider<FollowUpItem, String> text) {
        return LitRenderer.<FollowUpItem>of("<span class=\"cell-clamp\">${item.text}</span>")
                .withProperty("text", text);
    }

    private Component due(FollowUpItem f) {
        Div cell = new Div(new Span(f.dueOn().toString()));
        cell.addClassName("badges");
        if (f.overdue()) {
            Badge overdue = new Badge(getTranslation("satisfaction.followUp.overdue"));
            overdue.addThemeVariants(BadgeVariant.SMALL, BadgeVariant.ERROR);
            overdue.addClassName("overdue");
            cell.add(overdue);
        }
        return cell;
    }

    private String status(FollowUpItem f) {
        if (!f.closed()) {
            return getTranslation("satisfaction.followUp.status.open");
        }
        return getTranslation(
                Boolean.TRUE.equals(f.customerContacted())
                        ? "satisfaction.followUp.closedContacted"
                        : "satisfaction.followUp.closedNotContacted",
                time.formatDate(f.closedAt()),
                f.closedByName() == null ? "" : f.closedByName(),
                f.actionTaken() == null ? "" : f.actionTaken());
    }

    private Component actions(FollowUpItem f) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        boolean mayClose = FollowUpAccess.mayClose(f.ownerId());
        if (!f.closed() && mayClose) {
            Button close = small(
                    getTranslation("satisfaction.followUp.close"), VaadinIcon.CHECK, () -> new CloseFollowUpDialog(
                                    f,
                                    followUps,
                                    time,
                                    saved -> grid.getDataProvider().refreshAll(),
                                    () -> grid.getDataProvider().refreshAll())
                            .open());
            close.setId("close-follow-up-" + f.id());
            actions.add(close);
        }
        if (f.requirementId() != null) {
            // "#12" keeps the cell as narrow as an icon; the full name is its accessible name and tooltip.
            String name = getTranslation("satisfaction.followUp.requirement", f.requirementId());
            RouterLink requirement = RequirementNavigation.requirementLink("#" + f.requirementId(), f.requirementId());
            requirement.getElement().setAttribute("aria-label", name);
            requirement.setId("requirement-of-" + f.id());
            requirement.addClassName("row-action-link");
            Tooltip.forComponent(requirement).setText(name);
            actions.add(requirement);
        } else if (CurrentUser.can(Permission.REQUIREMENT_CREATE)) {
            Button raise =
                    small(getTranslation("satisfaction.followUp.raise"), VaadinIcon.CLIPBOARD_TEXT, () -> raise(f));
            raise.setId("raise-requirement-" + f.id());
            actions.add(raise);
        }
        if (promises && mayClose) {
            Button tag = small(
                    getTranslation("satisfaction.followUp.tagPromise"),
                    VaadinIcon.HANDSHAKE,
                    () -> new TagPromiseDialog(f, followUps).open());
            tag.setId("tag-promise-" + f.id());
            actions.add(tag);
        }
        return actions;
    }

    void raise(FollowUpItem f) {
        try {
            RequirementDetails created = followUps.raiseRequirement(f.id(), getLocale());
            Notifications.success(getTranslation("satisfaction.followUp.raised", created.title()));
            RequirementNavigation.toRequirement(created.id());
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
        }
    }

    /**
     * A row action as an icon button, its text as tooltip and accessible name: three worded
     * actions per row left the customer and owner columns a few letters wide on a laptop screen.
     */
    private static Button small(String text, VaadinIcon icon, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setTooltipText(text);
        button.setAriaLabel(text);
        return button;
    }

    @Override
    public String titleKey() {
        return "menu.followUps";
    }
}

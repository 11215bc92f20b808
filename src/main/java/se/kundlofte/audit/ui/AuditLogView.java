package se.kundlofte.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.kundlofte.audit.AuditEntry;
import se.kundlofte.audit.AuditFilter;
import se.kundlofte.audit.AuditLogService;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.AuditText;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.ui.CustomerView;
import se.kundlofte.requirement.ui.RequirementView;
import se.kundlofte.security.AppRoles;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserRef;

/**
 * The audit log: who changed what and when across the portal, newest first, filtered by dates,
 * user, kind of subject and text, loaded a page at a time and exportable as CSV.
 */
@Route("admin/audit")
@Menu(title = "menu.audit", order = 93, icon = "vaadin:records")
@RolesAllowed(AppRoles.ADMIN)
public class AuditLogView extends Main implements TitledView {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<UserRef> user = new ComboBox<>();
    final ComboBox<AuditSubject> subject = new ComboBox<>();
    final TextField search = new TextField();
    final Span total = new Span();
    final Anchor export;
    final Grid<AuditEntry> grid = new Grid<>();

    private final AuditLogService audit;
    private final BusinessTime time;
    private final DateTimeFormatter changedAt;
    private int count;

    AuditLogView(AuditLogService audit, UserDirectory userDirectory, BusinessTime time) {
        this.audit = audit;
        this.time = time;
        this.changedAt = time.formatter(AuditLogService.TIME_PATTERN);
        addClassName("list-view");
        addClassName("audit-view");

        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setValue(time.today().minusDays(30));
        user.setLabel(getTranslation("audit.filter.user"));
        user.setItems(userDirectory.everyone());
        user.setItemLabelGenerator(u -> u.fullName() + " (" + u.username() + ")");
        user.setClearButtonVisible(true);
        subject.setLabel(getTranslation("audit.filter.subject"));
        subject.setItems(AuditSubject.values());
        subject.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        subject.setClearButtonVisible(true);
        search.setLabel(getTranslation("audit.filter.text"));
        search.setPlaceholder(getTranslation("audit.filter.textHint"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        user.addValueChangeListener(e -> refresh());
        subject.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        Div filters = new Div(from, to, user, subject, search);
        filters.addClassName("filters");

        export = new Anchor(csvDownload(), getTranslation("audit.action.export"));
        export.addClassName("export-link");
        total.addClassName("muted");
        total.setId("audit-total");
        Div actions = new Div(total, export);
        actions.addClassName("actions");
        Div toolbar = new Div(filters, actions);
        toolbar.addClassName("toolbar");

        configureGrid();
        add(toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(e -> changedAt.format(e.changedAt()))
                .setHeader(getTranslation("audit.column.when"))
                .setKey("when")
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::changedByName)
                .setHeader(getTranslation("audit.column.who"))
                .setKey("who")
                .setFlexGrow(1);
        grid.addColumn(e -> getTranslation(e.subject().translationKey()))
                .setHeader(getTranslation("audit.column.subject"))
                .setKey("subject")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::subjectLink)
                .setHeader(getTranslation("audit.column.label"))
                .setTooltipGenerator(e -> AuditText.label(e, getLocale(), (key, locale) -> getTranslation(locale, key)))
                .setKey("label")
                .setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.field()))
                .setHeader(getTranslation("audit.column.field"))
                .setTooltipGenerator(e -> getTranslation(e.field()))
                .setKey("field")
                .setFlexGrow(1);
        grid.addColumn(e -> value(e, e.oldValue()))
                .setHeader(getTranslation("audit.column.old"))
                .setKey("old")
                .setTooltipGenerator(e -> value(e, e.oldValue()))
                .setFlexGrow(2);
        grid.addColumn(e -> value(e, e.newValue()))
                .setHeader(getTranslation("audit.column.new"))
                .setKey("new")
                .setTooltipGenerator(e -> value(e, e.newValue()))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> audit.find(filter(), query.getOffset(), query.getLimit()).stream(), query -> count);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();
    }

    /** Customers and requirements open on their own page; other subjects are shown as text. */
    private Component subjectLink(AuditEntry entry) {
        return switch (entry.subject()) {
            case CUSTOMER ->
                new RouterLink(
                        entry.subjectLabel(),
                        CustomerView.class,
                        new RouteParameters("customerId", String.valueOf(entry.subjectId())));
            case REQUIREMENT ->
                new RouterLink(
                        entry.subjectLabel(),
                        RequirementView.class,
                        new RouteParameters("requirementId", String.valueOf(entry.subjectId())));
            default -> new Span(AuditText.label(entry, getLocale(), (key, locale) -> getTranslation(locale, key)));
        };
    }

    String value(AuditEntry entry, String value) {
        return AuditText.value(entry, value, getLocale(), (key, locale) -> getTranslation(locale, key));
    }

    private DownloadHandler csvDownload() {
        return event -> {
            Locale locale = getLocale();
            event.setFileName(getTranslation("audit.exportFile") + "-" + time.today() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            audit.export(filter(), locale, event.getOutputStream());
        };
    }

    void refresh() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("audit.error.toBeforeFrom"));
            return;
        }
        to.setInvalid(false);
        // Counted once per filter change, for the total and the grid alike.
        count = audit.count(filter());
        total.setText(getTranslation("audit.total", count));
        grid.getDataProvider().refreshAll();
    }

    AuditFilter filter() {
        return new AuditFilter(
                from.getValue(),
                to.getValue(),
                user.getValue() == null ? null : user.getValue().id(),
                subject.getValue(),
                search.getValue());
    }

    @Override
    public String titleKey() {
        return "menu.audit";
    }
}

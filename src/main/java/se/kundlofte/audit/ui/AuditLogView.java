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
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kundlofte.audit.AuditEntry;
import se.kundlofte.audit.AuditFilter;
import se.kundlofte.audit.AuditLogService;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.AuditText;
import se.kundlofte.audit.AuditUsers;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.security.Permission;

/**
 * The audit log: who changed what and when across the portal, newest first, filtered by dates,
 * user, kind of subject and text, loaded a page at a time and exportable as CSV.
 */
@Route("admin/audit")
@Menu(title = "menu.audit", order = 93, icon = "vaadin:records")
@RolesAllowed(Permission.AUDIT_READ)
class AuditLogView extends Main implements TitledView {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<AuditUsers.Person> user = new ComboBox<>();
    final ComboBox<AuditSubject> subject = new ComboBox<>();
    final TextField search = new TextField();
    final Span total = new Span();
    final Anchor export;
    final Grid<AuditEntry> grid = new Grid<>();

    private final AuditLogService audit;
    private final Map<AuditSubject, AuditSubjectLink> links;
    private final BusinessTime time;
    private final DateTimeFormatter changedAt;
    private int count;

    AuditLogView(AuditLogService audit, AuditUsers users, List<AuditSubjectLink> links, BusinessTime time) {
        this.audit = audit;
        this.time = time;
        this.changedAt = time.formatter(AuditLogService.TIME_PATTERN);
        this.links = links.stream().collect(Collectors.toMap(AuditSubjectLink::subject, Function.identity()));
        addClassName("list-view");
        addClassName("audit-view");

        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setValue(time.today().minusDays(30));
        user.setLabel(getTranslation("audit.filter.user"));
        user.setItems(users.everyone());
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
        // Long names and values wrap instead of being cut off.
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> audit.find(filter(), query.getOffset(), query.getLimit()).stream(), query -> count);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();
    }

    /** Subjects with a page of their own (customers, requirements) open there; others are shown as text. */
    private Component subjectLink(AuditEntry entry) {
        AuditSubjectLink link = links.get(entry.subject());
        return link != null
                ? link.link(entry.subjectId(), entry.subjectLabel())
                : new Span(AuditText.label(entry, getLocale(), (key, locale) -> getTranslation(locale, key)));
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

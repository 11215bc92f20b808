package se.kundlofte.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.CustomerExportService;
import se.kundlofte.customer.CustomerFilter;
import se.kundlofte.customer.CustomerListItem;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.IndustryService;
import se.kundlofte.customer.Segment;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserRef;

/** The customer register: a lazy grid filtered and sorted in the database, with CSV export. */
@Route("customers")
@Menu(title = "menu.customers", order = 10, icon = "vaadin:building")
@RolesAllowed(Permission.CUSTOMER_READ)
class CustomerListView extends Main implements TitledView {

    final TextField search = new TextField();
    final ComboBox<ReferenceItem> industry = new ComboBox<>();
    final ComboBox<Segment> segment = new ComboBox<>();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final Checkbox keyAccountsOnly = new Checkbox();
    final Checkbox includeArchived = new Checkbox();
    final Button create = new Button();
    final Anchor export;
    final Grid<CustomerListItem> grid = new Grid<>();

    private final CustomerService customers;

    CustomerListView(
            CustomerService customers,
            CustomerExportService exporter,
            IndustryService industries,
            UserDirectory userDirectory,
            CustomerEditing editing,
            BusinessTime time) {
        this.customers = customers;
        addClassName("list-view");

        search.setPlaceholder(getTranslation("customers.search"));
        search.setAriaLabel(getTranslation("customers.search"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("16rem");
        industry.setWidth("12rem");
        segment.setWidth("11rem");
        owner.setWidth("11rem");
        industry.setPlaceholder(getTranslation("customer.field.industry"));
        industry.setAriaLabel(getTranslation("customer.field.industry"));
        industry.setItems(industries.list(true));
        industry.setItemLabelGenerator(i -> i.name(getLocale()));
        industry.setClearButtonVisible(true);
        segment.setPlaceholder(getTranslation("customer.field.segment"));
        segment.setAriaLabel(getTranslation("customer.field.segment"));
        segment.setItems(Segment.values());
        segment.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        segment.setClearButtonVisible(true);
        owner.setPlaceholder(getTranslation("customer.field.owner"));
        owner.setAriaLabel(getTranslation("customer.field.owner"));
        owner.setItems(userDirectory.activeWithPermission(Permission.CUSTOMER_OWN));
        owner.setItemLabelGenerator(UserRef::fullName);
        owner.setClearButtonVisible(true);
        keyAccountsOnly.setLabel(getTranslation("customers.filter.keyAccounts"));
        includeArchived.setLabel(getTranslation("customers.filter.archived"));
        search.addValueChangeListener(e -> refresh());
        industry.addValueChangeListener(e -> refresh());
        segment.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        keyAccountsOnly.addValueChangeListener(e -> refresh());
        includeArchived.addValueChangeListener(e -> refresh());

        Div filters = new Div(search, industry, segment, owner, keyAccountsOnly, includeArchived);
        filters.addClassName("filters");

        export = new Anchor(csvDownload(exporter, time), getTranslation("customers.action.export"));
        export.addClassName("export-link");
        Div actions = new Div(export);
        actions.addClassName("actions");
        if (CurrentUser.can(Permission.CUSTOMER_EDIT)) {
            RouterLink importLink = new RouterLink(getTranslation("customers.action.import"), CustomerImportView.class);
            importLink.addClassName("export-link");
            create.setText(getTranslation("customers.action.new"));
            create.setIcon(new Icon(VaadinIcon.PLUS));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> editing.open(null, saved -> getUI().ifPresent(
                            ui -> ui.navigate(CustomerView.class, CustomerView.parameters(saved.id())))));
            actions.add(importLink, create);
        }
        Div toolbar = new Div(filters, actions);
        toolbar.addClassName("toolbar");

        configureGrid();
        add(toolbar, grid);
    }

    private DownloadHandler csvDownload(CustomerExportService exporter, BusinessTime time) {
        return event -> {
            Locale locale = getLocale();
            event.setFileName(getTranslation("customers.exportFile") + "-" + time.today() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            exporter.export(filter(), locale, event.getOutputStream());
        };
    }

    private void configureGrid() {
        grid.addComponentColumn(c -> new RouterLink(c.name(), CustomerView.class, CustomerView.parameters(c.id())))
                .setHeader(getTranslation("customer.field.name"))
                .setKey("name")
                .setSortProperty("name")
                .setFlexGrow(3);
        grid.addColumn(CustomerListItem::orgNumber)
                .setHeader(getTranslation("customer.field.orgNumber"))
                .setKey("orgNumber")
                .setSortProperty("orgNumber")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(c -> c.industry(getLocale()))
                .setHeader(getTranslation("customer.field.industry"))
                .setKey("industry")
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.segment().translationKey()))
                .setHeader(getTranslation("customer.field.segment"))
                .setKey("segment")
                .setSortProperty("segment")
                .setFlexGrow(2);
        grid.addComponentColumn(this::flags)
                .setHeader(getTranslation("customer.field.keyAccount"))
                .setKey("keyAccount")
                .setSortProperty("keyAccount")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(CustomerListItem::ownerName)
                .setHeader(getTranslation("customer.field.owner"))
                .setKey("owner")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItemsPageable(pageable -> customers.list(filter(), pageable));
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                CustomerView.class, CustomerView.parameters(e.getItem().id()))));
        grid.setSizeFull();
    }

    private Div flags(CustomerListItem customer) {
        return new CustomerBadges(customer.keyAccount(), customer.archived());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    CustomerFilter filter() {
        return new CustomerFilter(
                search.getValue(),
                industry.getValue() == null ? null : industry.getValue().id(),
                segment.getValue(),
                keyAccountsOnly.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(),
                includeArchived.getValue());
    }

    @Override
    public String titleKey() {
        return "menu.customers";
    }
}

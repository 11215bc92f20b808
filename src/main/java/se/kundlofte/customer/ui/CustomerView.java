package se.kundlofte.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/** Everything about one customer: key facts, then the sections the features contribute. */
@Route("customers/:customerId([0-9]{1,18})")
@RolesAllowed(Permission.CUSTOMER_READ)
class CustomerView extends Main implements BeforeEnterObserver, TitledView {

    static final String PARAMETER = "customerId";

    private final CustomerService customers;
    private final CustomerEditing editing;
    private final List<CustomerSection> sections;
    private CustomerDetails customer;

    CustomerView(CustomerService customers, CustomerEditing editing, List<CustomerSection> sections) {
        this.customers = customers;
        this.editing = editing;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CustomerSection::order))
                .toList();
        addClassName("customer-view");
    }

    static RouteParameters parameters(long customerId) {
        return new RouteParameters(PARAMETER, String.valueOf(customerId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(PARAMETER).orElse(-1L);
        try {
            customer = customers.get(id);
        } catch (RuleViolationException notFound) {
            event.rerouteToError(NotFoundException.class, getTranslation("customer.error.notFound"));
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("customer.backToRegister"), CustomerListView.class);
        back.addClassName("back-link");
        add(back, header());
        for (CustomerSection section : sections) {
            H3 heading = new H3(getTranslation(section.titleKey()));
            Section wrapper = new Section(heading, section.create(customer));
            wrapper.addClassName("customer-section");
            add(wrapper);
        }
    }

    private Div header() {
        H2 name = new H2(customer.name());
        name.setId("customer-name");
        Div badges = new CustomerBadges(customer.keyAccount(), customer.archived());
        Div title = new Div(name, badges);
        title.addClassName("customer-title");

        Div facts = new Div(
                fact("customer.field.orgNumber", customer.orgNumber()),
                fact("customer.field.industry", customer.industry(getLocale())),
                fact("customer.field.segment", getTranslation(customer.segment().translationKey())),
                fact("customer.field.owner", customer.ownerName()));
        facts.addClassName("facts");

        Div header = new Div(title, facts);
        header.addClassName("customer-header");
        if (customer.notes() != null) {
            Paragraph notes = new Paragraph(customer.notes());
            notes.addClassName("customer-notes");
            header.add(notes);
        }
        if (CurrentUser.can(Permission.CUSTOMER_EDIT)) {
            Button edit = new Button(
                    getTranslation("action.edit"),
                    new Icon(VaadinIcon.EDIT),
                    e -> editing.open(customer, saved -> {
                        customer = saved;
                        render();
                    }));
            edit.setId("edit-customer");
            Button archive = new Button(
                    getTranslation(customer.archived() ? "customer.action.restore" : "customer.action.archive"));
            archive.setId("archive-customer");
            archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            archive.addClickListener(e -> toggleArchived());
            Div buttons = new Div(edit, archive);
            buttons.addClassName("actions");
            header.add(buttons);
        }
        return header;
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value == null || value.isBlank() ? "–" : value);
        text.addClassName("fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }

    private void toggleArchived() {
        try {
            customer = customers.setArchived(customer.id(), customer.version(), !customer.archived());
            Notifications.success(getTranslation(
                    customer.archived() ? "customer.archivedDone" : "customer.restoredDone", customer.name()));
        } catch (ConcurrentEditException e) {
            customer = customers.get(customer.id());
            Notifications.error(getTranslation("conflict.reloaded"));
        }
        render();
    }

    CustomerDetails customer() {
        return customer;
    }

    @Override
    public String titleKey() {
        return "customer.title";
    }

    @Override
    public String viewTitle() {
        return customer == null ? getTranslation(titleKey()) : customer.name();
    }
}

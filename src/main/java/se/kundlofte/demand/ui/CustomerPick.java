package se.kundlofte.demand.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.springframework.data.domain.PageRequest;
import se.kundlofte.customer.CustomerFilter;
import se.kundlofte.customer.CustomerService;

/** A customer picked by typing: the register is searched a page at a time. */
record CustomerPick(long id, String name) {

    static void bind(ComboBox<CustomerPick> box, CustomerService customers) {
        box.setItems(query -> customers
                .list(
                        CustomerFilter.all().withText(query.getFilter().orElse(null)),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream()
                .map(c -> new CustomerPick(c.id(), c.name())));
        box.setItemLabelGenerator(CustomerPick::name);
    }
}

package se.kundlofte.customer.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import se.kundlofte.customer.CustomerFilter;
import se.kundlofte.customer.CustomerService;

/**
 * A customer to choose in a combo box that searches the register lazily, a page at a time; the one
 * customer picker of every feature.
 */
public record CustomerChoice(long id, String name) {

    /** Makes the combo box search customers by name in the database as the user types. */
    public static void bind(ComboBox<CustomerChoice> box, CustomerService customers) {
        box.setItems(query -> customers
                .list(
                        CustomerFilter.all().withText(query.getFilter().orElse(null)),
                        PageRequest.of(query.getPage(), query.getPageSize()))
                .stream()
                .map(c -> new CustomerChoice(c.id(), c.name())));
        box.setItemLabelGenerator(CustomerChoice::name);
    }

    /** The customer as a choice, or empty when there is no such customer. */
    public static Optional<CustomerChoice> byId(CustomerService customers, long id) {
        try {
            var details = customers.get(id);
            return Optional.of(new CustomerChoice(details.id(), details.name()));
        } catch (RuntimeException notFound) {
            return Optional.empty();
        }
    }
}

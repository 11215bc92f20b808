package se.kundlofte.customer.ui;

import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.IndustryService;
import se.kundlofte.security.Permission;
import se.kundlofte.user.UserDirectory;

/** Opens the customer dialog wired to the services, from the register or the customer page. */
@Component
class CustomerEditing {

    private final CustomerService customers;
    private final IndustryService industries;
    private final UserDirectory userDirectory;

    CustomerEditing(CustomerService customers, IndustryService industries, UserDirectory userDirectory) {
        this.customers = customers;
        this.industries = industries;
        this.userDirectory = userDirectory;
    }

    /** Opens the dialog for a new customer (null) or an existing one. */
    CustomerDialog open(CustomerDetails original, Consumer<CustomerDetails> onSaved) {
        CustomerDialog dialog = new CustomerDialog(
                original,
                industries.list(true),
                userDirectory.activeWithPermission(Permission.CUSTOMER_OWN),
                (current, form) -> current == null
                        ? customers.create(form)
                        : customers.update(current.id(), current.version(), form),
                customers::get,
                onSaved);
        dialog.open();
        return dialog;
    }
}

package se.kundlofte.promise.ui;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.IndustryService;
import se.kundlofte.promise.PromiseDetails;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.security.Permission;
import se.kundlofte.user.UserDirectory;

/** Opens the promise dialog wired to the services, from the register or the promise page. */
@Component
class PromiseEditing {

    private final PromiseService promises;
    private final CustomerService customers;
    private final IndustryService industries;
    private final UserDirectory users;
    private final BusinessTime time;

    PromiseEditing(
            PromiseService promises,
            CustomerService customers,
            IndustryService industries,
            UserDirectory users,
            BusinessTime time) {
        this.time = time;
        this.promises = promises;
        this.customers = customers;
        this.industries = industries;
        this.users = users;
    }

    /**
     * Opens the dialog for a new promise (null) or an existing one; {@code onSaved} also receives
     * the stored version when the dialog reloads it after a conflict.
     */
    PromiseDialog open(@Nullable PromiseDetails original, Consumer<PromiseDetails> onSaved) {
        PromiseDialog dialog = new PromiseDialog(
                original,
                industries.list(true),
                users.activeWithPermission(Permission.PROMISE_OWN),
                customers,
                time.today(),
                (current, form, reason) -> current == null
                        ? promises.create(form)
                        : promises.update(current.id(), current.version(), form, reason),
                promises::get,
                onSaved,
                // After a reload the page shows the stored version, as after a save.
                onSaved);
        dialog.open();
        return dialog;
    }
}

package se.kundlofte.customer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import file would do, before anything is saved: the customers it creates or updates
 * and every error with its line, column and reason. It imports only when there are no errors.
 */
public record ImportPreview(int rows, List<ImportedCustomer> customers, List<ImportError> errors) {

    public boolean valid() {
        return errors.isEmpty() && !customers.isEmpty();
    }

    public long newCustomers() {
        return customers.stream().filter(c -> c.existingId() == null).count();
    }

    public long updatedCustomers() {
        return customers.size() - newCustomers();
    }

    /** One customer of the file: its first line, the values, and the matching existing customer. */
    public record ImportedCustomer(
            int line, CustomerForm form, @Nullable Long existingId, List<ImportedStakeholder> stakeholders) {}

    public record ImportedStakeholder(int line, StakeholderForm form) {}

    /**
     * One reason the file cannot be imported.
     *
     * @param column the column's header as written in the file (empty for row-level errors)
     */
    public record ImportError(int line, String column, String messageKey, String value, List<Object> args) {

        public ImportError(int line, String column, String messageKey, String value, Object... args) {
            this(line, column, messageKey, value, List.of(args));
        }
    }
}

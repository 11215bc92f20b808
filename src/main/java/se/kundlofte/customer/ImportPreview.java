package se.kundlofte.customer;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.imports.ColumnMapping;
import se.kundlofte.base.imports.ImportField;
import se.kundlofte.base.imports.ImportProblem;
import se.kundlofte.base.imports.ValueQuestion;

/**
 * What an import file would do, before anything is saved: the column mapping used, the customers
 * it creates or updates, every problem of every row with its line, column and reason, and the
 * values the user still has to match. It imports only when there are no problems.
 *
 * @param samples per column, the first non-blank value of the file (to help mapping)
 * @param newIndustries industries the import creates (administrators, when asked)
 */
public record ImportPreview(
        int rows,
        List<ImportedCustomer> customers,
        List<ImportProblem> errors,
        ColumnMapping mapping,
        List<ImportField> fields,
        List<String> samples,
        List<ValueQuestion> questions,
        List<String> newIndustries) {

    public boolean valid() {
        return errors.isEmpty() && !customers.isEmpty();
    }

    public long newCustomers() {
        return customers.stream().filter(c -> c.existingId() == null).count();
    }

    public long updatedCustomers() {
        return customers.size() - newCustomers();
    }

    /**
     * One customer of the file: its first line, the values, the matching existing customer, and
     * the industry to create for it (when the file names a new one and the user asked for that).
     */
    public record ImportedCustomer(
            int line,
            CustomerForm form,
            @Nullable Long existingId,
            List<ImportedStakeholder> stakeholders,
            @Nullable String newIndustry) {}

    public record ImportedStakeholder(int line, StakeholderForm form) {}
}

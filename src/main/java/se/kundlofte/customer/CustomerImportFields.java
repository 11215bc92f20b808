package se.kundlofte.customer;

import java.util.List;
import se.kundlofte.base.imports.ImportField;

/** The fields a customer file can fill, with the headers they are known by, for the column mapping step. */
public final class CustomerImportFields {

    private CustomerImportFields() {}

    public static List<ImportField> all() {
        return CustomerCsvColumn.fields();
    }
}

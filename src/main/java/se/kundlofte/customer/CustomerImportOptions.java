package se.kundlofte.customer;

import java.util.Locale;
import java.util.Optional;
import se.kundlofte.base.imports.ColumnMapping;
import se.kundlofte.base.imports.ValueChoices;

/**
 * How to read a customer file: the column mapping (none: what the user chose last time, else
 * the known synonyms), the values the user accepted, whether unknown industries are created
 * (administrators only) and the language of value names in messages.
 */
public record CustomerImportOptions(
        Optional<ColumnMapping> mapping, ValueChoices values, boolean createMissingIndustries, Locale locale) {

    public static CustomerImportOptions automatic(Locale locale) {
        return new CustomerImportOptions(Optional.empty(), ValueChoices.NONE, false, locale);
    }

    public CustomerImportOptions withMapping(ColumnMapping mapping) {
        return new CustomerImportOptions(Optional.of(mapping), values, createMissingIndustries, locale);
    }

    public CustomerImportOptions withValues(ValueChoices values) {
        return new CustomerImportOptions(mapping, values, createMissingIndustries, locale);
    }

    public CustomerImportOptions withCreateMissingIndustries(boolean create) {
        return new CustomerImportOptions(mapping, values, create, locale);
    }
}

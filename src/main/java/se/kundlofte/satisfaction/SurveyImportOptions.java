package se.kundlofte.satisfaction;

import java.util.Locale;
import java.util.Optional;
import se.kundlofte.base.imports.ColumnMapping;
import se.kundlofte.base.imports.ValueChoices;

/** How to read a survey file: the column mapping (none: as last time, else synonyms), accepted values, language. */
public record SurveyImportOptions(Optional<ColumnMapping> mapping, ValueChoices values, Locale locale) {

    public static SurveyImportOptions automatic(Locale locale) {
        return new SurveyImportOptions(Optional.empty(), ValueChoices.NONE, locale);
    }

    public SurveyImportOptions withMapping(ColumnMapping mapping) {
        return new SurveyImportOptions(Optional.of(mapping), values, locale);
    }

    public SurveyImportOptions withValues(ValueChoices values) {
        return new SurveyImportOptions(mapping, values, locale);
    }
}

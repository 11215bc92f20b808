package se.kundlofte.satisfaction;

import java.util.List;
import se.kundlofte.base.imports.ImportField;

/** The fields a survey file can fill, with the headers they are known by, for the column mapping step. */
public final class SurveyImportFields {

    private SurveyImportFields() {}

    public static List<ImportField> all() {
        return SurveyCsvColumn.fields();
    }
}

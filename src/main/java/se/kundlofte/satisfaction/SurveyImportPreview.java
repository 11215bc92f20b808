package se.kundlofte.satisfaction;

import java.util.List;
import se.kundlofte.base.imports.ColumnMapping;
import se.kundlofte.base.imports.ImportField;
import se.kundlofte.base.imports.ImportProblem;
import se.kundlofte.base.imports.ValueQuestion;

/**
 * What a survey file would do before anything is saved: the responses it adds, how many it skips
 * because their external id is already stored (a re-import adds nothing twice), every problem of
 * every row, and the values the user still has to match. It imports only without problems.
 */
public record SurveyImportPreview(
        int rows,
        List<ImportedResponse> responses,
        int alreadyImported,
        List<ImportProblem> errors,
        ColumnMapping mapping,
        List<ImportField> fields,
        List<String> samples,
        List<ValueQuestion> questions) {

    public boolean valid() {
        return errors.isEmpty() && rows > 0;
    }

    /** One row to add: its line and values. */
    public record ImportedResponse(int line, SurveyResponseForm form) {}
}

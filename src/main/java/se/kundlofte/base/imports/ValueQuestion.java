package se.kundlofte.base.imports;

import java.util.List;

/**
 * A distinct value of a file that matched no reference value exactly: the user picks one of the
 * choices (the suggestions first) once, and every row with that value uses it.
 *
 * @param field the field key
 * @param column the column's header as written
 * @param value the value as first written in the file
 * @param valueKey the value compared ({@link ImportText#key}); accepted choices are stored under it
 * @param rows how many rows have it
 * @param suggestions the suggested choices, best first
 * @param choices every valid choice
 */
public record ValueQuestion(
        String field,
        String column,
        String value,
        String valueKey,
        int rows,
        List<Option> suggestions,
        List<Option> choices) {

    /** One answer: the code that identifies it and the text the user sees. */
    public record Option(String code, String label) {}
}

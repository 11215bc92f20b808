package se.kundlofte.base.imports;

import java.util.List;

/**
 * One reason a file cannot be imported, as the problem report shows it.
 *
 * @param line the file's line (0 for problems of the whole file)
 * @param column the column's header as written in the file (empty for row-level problems)
 * @param messageKey translation key of the reason
 * @param value the offending value as written
 * @param args arguments of the message
 */
public record ImportProblem(int line, String column, String messageKey, String value, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public ImportProblem(int line, String column, String messageKey, String value, Object... args) {
        this(line, column, messageKey, value, List.of(args));
    }
}

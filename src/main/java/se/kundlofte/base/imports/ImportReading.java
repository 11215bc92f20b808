package se.kundlofte.base.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kundlofte.base.csv.CsvFormat.CsvRow;
import se.kundlofte.base.imports.ValueMatcher.Choice;
import se.kundlofte.base.imports.ValueMatcher.ValueMatch;
import se.kundlofte.base.imports.ValueQuestion.Option;

/**
 * One pass over the rows of one file with a column mapping and the user's accepted values. It
 * hands out the values of mapped fields, matches reference values, and collects every problem of
 * every row and every value the user still has to decide. Feature imports build their records on
 * top of it.
 */
public final class ImportReading {

    /** A value exists but matches no reference value; its suggestions, if any, are in the message. */
    public static final String SUGGESTION_KEY = "import.error.suggestion";

    public static final String UNKNOWN_COLUMN_KEY = "import.error.unknownColumn";

    private final ColumnMapping mapping;
    private final ValueChoices choices;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Question> questions = new LinkedHashMap<>();

    public ImportReading(ColumnMapping mapping, ValueChoices choices) {
        this.mapping = mapping;
        this.choices = choices;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    /** Reports every column nobody has matched or ignored yet. */
    public void checkColumns(int headerLine) {
        for (int i = 0; i < mapping.headers().size(); i++) {
            if (ColumnMapping.UNMATCHED.equals(mapping.field(i))) {
                String header = mapping.headers().get(i);
                problems.add(new ImportProblem(headerLine, header, UNKNOWN_COLUMN_KEY, header));
            }
        }
    }

    /** True when some column fills the field. */
    public boolean mapped(String field) {
        return mapping.column(field) >= 0;
    }

    /** The field's value in the row, trimmed; empty when no column fills it. */
    public String value(CsvRow row, String field) {
        String value = row.get(mapping.column(field));
        // Undo the protection against spreadsheet formulas that our own exports add.
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
                ? value.substring(1)
                : value;
    }

    /** The header of the column that fills the field, as written in the file. */
    public String header(String field) {
        int column = mapping.column(field);
        return column < 0 ? "" : mapping.headers().get(column);
    }

    public void problem(CsvRow row, String field, String messageKey, String value, Object... args) {
        problems.add(new ImportProblem(row.line(), header(field), messageKey, value, args));
    }

    public void problem(ImportProblem problem) {
        problems.add(problem);
    }

    public int problemCount() {
        return problems.size();
    }

    /**
     * The reference value for the text: an exact match or the value the user accepted for it.
     * A text without an exact match becomes a question for the user; the result is empty until the
     * user answers it. No problem is reported (see {@link #match} for that).
     */
    public <T> Optional<T> resolve(CsvRow row, String field, String text, ValueMatcher<T> matcher) {
        ValueMatch<T> match = matcher.match(text);
        if (match.exact().isPresent()) {
            return Optional.of(match.exact().get().value());
        }
        String valueKey = ImportText.key(text);
        // Accepted values stay questions, so that the user can change their mind.
        questions.computeIfAbsent(
                        field + "\n" + valueKey,
                        k -> new Question(field, header(field), text, valueKey, match, matcher))
                .rows++;
        return choices.get(field, valueKey).flatMap(matcher::byCode).map(Choice::value);
    }

    /**
     * Like {@link #resolve}, and reports a problem when the text matches nothing yet: with the
     * suggestions and the valid values when there are suggestions, else with {@code unknownKey}
     * and the valid values as its argument.
     */
    public <T> Optional<T> match(CsvRow row, String field, String text, ValueMatcher<T> matcher, String unknownKey) {
        Optional<T> value = resolve(row, field, text, matcher);
        if (value.isEmpty()) {
            List<String> suggestions = matcher.match(text).suggestionLabels();
            if (suggestions.isEmpty()) {
                problem(row, field, unknownKey, text, matcher.validLabels());
            } else {
                problem(row, field, SUGGESTION_KEY, text, String.join(", ", suggestions), matcher.validLabels());
            }
        }
        return value;
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    /** The values without an exact match (answered or not), one per field and distinct value, in file order. */
    public List<ValueQuestion> questions() {
        return questions.values().stream().map(Question::toRecord).toList();
    }

    private static final class Question {
        final String field;
        final String column;
        final String value;
        final String valueKey;
        final List<Option> suggestions;
        final List<Option> choices;
        int rows;

        <T> Question(
                String field,
                String column,
                String value,
                String valueKey,
                ValueMatch<T> match,
                ValueMatcher<T> matcher) {
            this.field = field;
            this.column = column;
            this.value = value;
            this.valueKey = valueKey;
            this.suggestions = match.suggestions().stream()
                    .map(c -> new Option(c.code(), c.label()))
                    .toList();
            this.choices = matcher.choices().stream()
                    .map(c -> new Option(c.code(), c.label()))
                    .toList();
        }

        ValueQuestion toRecord() {
            return new ValueQuestion(field, column, value, valueKey, rows, suggestions, choices);
        }
    }
}

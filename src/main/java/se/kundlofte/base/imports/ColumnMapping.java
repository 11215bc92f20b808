package se.kundlofte.base.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kundlofte.base.csv.CsvFormat.CsvRow;

/**
 * Which field each column of a file fills: a field key, {@link #IGNORE} or {@link #UNMATCHED}
 * (nobody has decided yet; an import refuses such a column so that no data is dropped silently).
 *
 * @param headers the file's headers as written
 * @param fields per column, the field key, {@code IGNORE} or {@code UNMATCHED}
 */
public record ColumnMapping(List<String> headers, List<String> fields) {

    public static final String IGNORE = "-";
    public static final String UNMATCHED = "";

    public ColumnMapping {
        if (headers.size() != fields.size()) {
            throw new IllegalArgumentException("One field per column");
        }
        headers = List.copyOf(headers);
        fields = List.copyOf(fields);
    }

    /** Per column, its first non-blank value in the data: shown beside the header when mapping. */
    public List<String> samples(List<CsvRow> data) {
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            samples.add(data.stream()
                    .map(row -> row.get(column))
                    .filter(v -> !v.isBlank())
                    .findFirst()
                    .orElse(""));
        }
        return samples;
    }

    /** The column filling the field, or -1. */
    public int column(String field) {
        return fields.indexOf(field);
    }

    public String field(int column) {
        return fields.get(column);
    }

    /** The same mapping with the column changed; a field fills one column, so another column holding it is freed. */
    public ColumnMapping with(int column, String field) {
        List<String> changed = new ArrayList<>(fields);
        if (!IGNORE.equals(field) && !UNMATCHED.equals(field)) {
            int previous = changed.indexOf(field);
            if (previous >= 0 && previous != column) {
                changed.set(previous, UNMATCHED);
            }
        }
        changed.set(column, field);
        return new ColumnMapping(headers, changed);
    }

    /** What to remember for the next file: header key → field or {@code IGNORE}, for decided columns. */
    public Map<String, String> decisions() {
        Map<String, String> decided = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = ImportText.key(headers.get(i));
            if (!header.isEmpty() && !UNMATCHED.equals(fields.get(i))) {
                decided.putIfAbsent(header, fields.get(i));
            }
        }
        return decided;
    }
}

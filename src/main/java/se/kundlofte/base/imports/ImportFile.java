package se.kundlofte.base.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.csv.CsvFormat;
import se.kundlofte.base.csv.CsvFormat.CsvRow;

/**
 * An uploaded CSV file read into rows (the header first) as spreadsheets write it, or the
 * translation key of why it cannot be imported: empty, larger than the import allows, or more
 * data rows than it takes.
 */
public record ImportFile(List<CsvRow> rows, @Nullable String problem) {

    public static ImportFile read(byte[] file, int maxBytes, int maxRows) {
        if (file.length == 0) {
            return refused("import.error.empty");
        }
        if (file.length > maxBytes) {
            return refused("import.error.tooLarge");
        }
        List<CsvRow> rows = CsvFormat.parse(CsvFormat.decode(file));
        if (rows.isEmpty()) {
            return refused("import.error.empty");
        }
        if (rows.size() - 1 > maxRows) {
            return refused("import.error.tooManyRows");
        }
        return new ImportFile(rows, null);
    }

    private static ImportFile refused(String problem) {
        return new ImportFile(List.of(), problem);
    }
}

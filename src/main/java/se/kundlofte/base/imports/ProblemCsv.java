package se.kundlofte.base.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import se.kundlofte.base.csv.CsvFormat;

/** The problem report as a CSV file (Excel-friendly), so that people can fix their file row by row. */
public final class ProblemCsv {

    private ProblemCsv() {}

    /**
     * @param headers the four column titles: line, column, value, problem
     * @param reason the translated reason of a problem
     */
    public static void write(
            List<ImportProblem> problems,
            List<String> headers,
            Function<ImportProblem, String> reason,
            OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CsvFormat.BOM);
        CsvFormat.writeRow(writer, headers);
        for (ImportProblem problem : problems) {
            CsvFormat.writeRow(
                    writer,
                    List.of(
                            problem.line() > 0 ? String.valueOf(problem.line()) : "",
                            problem.column(),
                            problem.value(),
                            reason.apply(problem)));
        }
        writer.flush();
    }
}

package se.kundlofte.base.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kundlofte.base.csv.CsvFormat;
import se.kundlofte.base.csv.CsvFormat.CsvRow;

class ImportReadingTest {

    private final List<CsvRow> rows =
            CsvFormat.parse("Kund;Bransch;Okänd\nA;Vård;1\nB;Vård;2\nC;Gruvor;3\nD;Handel;4\n");
    private final ColumnMapping mapping = HeaderMatcher.match(
            rows.getFirst().fields(),
            List.of(
                    new ImportField("NAME", "n", true, List.of("kund")),
                    new ImportField("INDUSTRY", "i", false, List.of("bransch"))),
            Map.of());

    @Test
    void everyProblemIsReportedAndEachDistinctValueIsAskedOnce() {
        ImportReading reading = new ImportReading(mapping, ValueChoices.NONE);
        reading.checkColumns(1);
        List<String> results = rows.subList(1, rows.size()).stream()
                .map(row -> reading.match(
                                row, "INDUSTRY", reading.value(row, "INDUSTRY"), ValueMatcherTest.INDUSTRIES, "unknown")
                        .orElse("?"))
                .toList();

        assertThat(results).containsExactly("?", "?", "?", "retail");
        assertThat(reading.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey, ImportProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Okänd", ImportReading.UNKNOWN_COLUMN_KEY, "Okänd"),
                        org.assertj.core.groups.Tuple.tuple(2, "Bransch", ImportReading.SUGGESTION_KEY, "Vård"),
                        org.assertj.core.groups.Tuple.tuple(3, "Bransch", ImportReading.SUGGESTION_KEY, "Vård"),
                        org.assertj.core.groups.Tuple.tuple(4, "Bransch", "unknown", "Gruvor"));
        assertThat(reading.problems().get(1).args())
                .containsExactly("Vård och omsorg", "Vård och omsorg, Handel, Offentlig sektor, IT och telekom");
        assertThat(reading.problems().get(3).args())
                .containsExactly("Vård och omsorg, Handel, Offentlig sektor, IT och telekom");
        assertThat(reading.questions())
                .extracting(ValueQuestion::value, ValueQuestion::rows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Vård", 2),
                        org.assertj.core.groups.Tuple.tuple("Gruvor", 1));
        assertThat(reading.questions().getFirst().suggestions())
                .extracting(ValueQuestion.Option::code)
                .containsExactly("1");
    }

    @Test
    void anAcceptedSuggestionAppliesToEveryRowWithThatValue() {
        ValueChoices accepted = ValueChoices.NONE.with("INDUSTRY", "vard", "1");
        ImportReading reading = new ImportReading(mapping.with(2, ColumnMapping.IGNORE), accepted);
        reading.checkColumns(1);
        List<String> results = rows.subList(1, 3).stream()
                .map(row -> reading.match(
                                row, "INDUSTRY", reading.value(row, "INDUSTRY"), ValueMatcherTest.INDUSTRIES, "unknown")
                        .orElse("?"))
                .toList();
        assertThat(results).containsExactly("care", "care");
        assertThat(reading.problems()).isEmpty();
        // Still listed, so that the user can change the choice.
        assertThat(reading.questions()).extracting(ValueQuestion::valueKey).containsExactly("vard");
    }

    @Test
    void theProblemReportIsACsvFileForExcel() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemCsv.write(
                List.of(
                        new ImportProblem(3, "Bransch", "k", "=Vård; mm", List.of()),
                        new ImportProblem(0, "", "e", "")),
                List.of("Rad", "Kolumn", "Värde", "Problem"),
                p -> "reason " + p.messageKey(),
                out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFRad;Kolumn;Värde;Problem\r\n3;Bransch;\"'=Vård; mm\";reason k\r\n;;;reason e\r\n");
    }
}

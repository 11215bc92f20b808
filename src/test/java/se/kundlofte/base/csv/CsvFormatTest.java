package se.kundlofte.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kundlofte.base.csv.CsvFormat.CsvRow;

class CsvFormatTest {

    @Test
    void readsSemicolonSeparatedWindows1252FromSwedishExcel() {
        byte[] bytes = "namn;bransch\r\nÅhléns;Handel\r\n".getBytes(Charset.forName("windows-1252"));
        List<CsvRow> rows = CsvFormat.parse(CsvFormat.decode(bytes));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).fields()).containsExactly("Åhléns", "Handel");
        assertThat(rows.get(1).line()).isEqualTo(2);
    }

    @Test
    void readsCommaSeparatedUtf8WithBom() {
        byte[] bytes = ("\uFEFFname,industry\nÖrebro Bygg AB,Construction\n").getBytes(StandardCharsets.UTF_8);
        List<CsvRow> rows = CsvFormat.parse(CsvFormat.decode(bytes));
        assertThat(rows.getFirst().fields()).containsExactly("name", "industry");
        assertThat(rows.get(1).get(0)).isEqualTo("Örebro Bygg AB");
    }

    @Test
    void readsTabsQuotesAndLineBreaksInsideFields() {
        String text = "a\tb\n\"x\"\"y\"\t\"two\nlines\"\n\nlast\t\n";
        List<CsvRow> rows = CsvFormat.parse(text);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).fields()).containsExactly("x\"y", "two\nlines");
        assertThat(rows.get(2).line()).isEqualTo(5);
        assertThat(rows.get(2).get(5)).isEmpty();
    }

    @Test
    void writesQuotedFieldsAndDefusesFormulas() throws Exception {
        StringWriter out = new StringWriter();
        CsvFormat.writeRow(out, List.of("Bygg; Anläggning", "say \"hi\"", "=SUM(A1)", ""));
        assertThat(out.toString()).isEqualTo("\"Bygg; Anläggning\";\"say \"\"hi\"\"\";'=SUM(A1);\r\n");
    }
}

package se.kundlofte.base.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheet programs really write it: UTF-8 with or without BOM, or Windows-1252 (Excel
 * "CSV" in a Swedish Windows); semicolon (Swedish locale), comma (English) or tab separated;
 * quoted fields with doubled quotes and line breaks inside. Writes semicolon-separated UTF-8
 * with a BOM, which Excel in Sweden opens with å, ä and ö intact.
 */
public final class CsvFormat {

    public static final char SEPARATOR = ';';
    public static final String BOM = "\uFEFF";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvFormat() {}

    /** Decodes as UTF-8 when the bytes are valid UTF-8, else as Windows-1252. */
    public static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith(BOM) ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The separator the header line uses most: semicolon, tab or comma. */
    static char detectSeparator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = SEPARATOR;
        long bestCount = 0;
        for (char candidate : new char[] {';', '\t', ','}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /** Parses text into rows of fields, with the line number each row starts on. */
    public static List<CsvRow> parse(String text) {
        char separator = detectSeparator(text);
        List<CsvRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                // part of a CRLF line end
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                addRow(rows, fields, rowLine);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            addRow(rows, fields, rowLine);
        }
        return rows;
    }

    private static void addRow(List<CsvRow> rows, List<String> fields, int line) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) {
            rows.add(new CsvRow(line, List.copyOf(fields)));
        }
    }

    /** Writes one row, quoting fields that need it. */
    public static void writeRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection).
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(SEPARATOR) >= 0
                || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** One parsed row and the line of the file it starts on. */
    public record CsvRow(int line, List<String> fields) {

        public String get(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index).trim() : "";
        }
    }
}

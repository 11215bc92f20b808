package se.kundlofte.base.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a file's headers to the import's fields: first what this user chose for the same header
 * last time, then the fields' synonyms (case, accents and punctuation ignored). A field fills at
 * most one column; blank headers are ignored; anything else stays unmatched for the user to decide.
 */
public final class HeaderMatcher {

    private HeaderMatcher() {}

    public static ColumnMapping match(List<String> headers, List<ImportField> fields, Map<String, String> remembered) {
        Set<String> known = new HashSet<>();
        fields.forEach(field -> known.add(field.key()));
        List<String> result = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String header : headers) {
            String key = ImportText.key(header);
            String choice = ColumnMapping.UNMATCHED;
            String earlier = remembered.get(key);
            if (key.isEmpty()) {
                choice = ColumnMapping.IGNORE;
            } else if (ColumnMapping.IGNORE.equals(earlier)) {
                choice = ColumnMapping.IGNORE;
            } else if (earlier != null && known.contains(earlier) && !used.contains(earlier)) {
                choice = earlier;
            } else {
                for (ImportField field : fields) {
                    if (!used.contains(field.key()) && field.matches(header)) {
                        choice = field.key();
                        break;
                    }
                }
            }
            if (known.contains(choice)) {
                used.add(choice);
            }
            result.add(choice);
        }
        return new ColumnMapping(headers, result);
    }
}

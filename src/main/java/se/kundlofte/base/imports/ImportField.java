package se.kundlofte.base.imports;

import java.util.List;
import java.util.stream.Stream;

/**
 * One field an import fills, and the headers that files use for it.
 *
 * @param key stable name of the field (stored in remembered column mappings)
 * @param labelKey translation key of the field's name
 * @param synonyms headers that mean this field, in Swedish and English; compared by {@link ImportText#key}
 */
public record ImportField(String key, String labelKey, boolean required, List<String> synonyms) {

    public ImportField {
        synonyms = Stream.concat(Stream.of(key), synonyms.stream())
                .map(ImportText::key)
                .distinct()
                .toList();
    }

    /** True when the header names this field. */
    public boolean matches(String header) {
        return synonyms.contains(ImportText.key(header));
    }
}

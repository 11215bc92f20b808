package se.kundlofte.base.imports;

import java.text.Normalizer;
import java.util.Locale;

/** How import files are compared with our names: blind to case, accents, spaces and punctuation. */
public final class ImportText {

    private ImportText() {}

    /** "Org.nr" → "orgnr", "Bygg & Anläggning" → "byggochanlaggning", "E-post" → "epost". */
    public static String key(String text) {
        String stripped = Normalizer.normalize(text == null ? "" : text.trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replace("&", "och").replaceAll("[^\\p{L}\\p{N}]", "");
    }
}

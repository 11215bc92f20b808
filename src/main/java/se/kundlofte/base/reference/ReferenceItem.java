package se.kundlofte.base.reference;

import java.util.Locale;

/** An entry of a reference list, named in both languages; {@code code} is null for lists without codes. */
public record ReferenceItem(long id, long version, String code, String nameSv, String nameEn, boolean active) {

    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameEn;
    }
}

package se.kundlofte.demand;

import java.util.Locale;

/** A failure cause or a contact channel: reference data named in both languages. */
public record ReferenceItem(long id, long version, String code, String nameSv, String nameEn, boolean active) {

    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameEn;
    }
}

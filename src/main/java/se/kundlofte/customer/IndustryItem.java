package se.kundlofte.customer;

import java.util.Locale;

/** An industry of the reference list. */
public record IndustryItem(long id, long version, String nameSv, String nameEn, boolean active) {

    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameEn;
    }

    static IndustryItem of(Industry industry) {
        return new IndustryItem(
                industry.getId(),
                industry.getVersion(),
                industry.getNameSv(),
                industry.getNameEn(),
                industry.isActive());
    }
}

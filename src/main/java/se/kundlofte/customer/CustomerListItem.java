package se.kundlofte.customer;

import java.util.Locale;

/** One row of the customer register. */
public record CustomerListItem(
        long id,
        String name,
        String orgNumber,
        String industrySv,
        String industryEn,
        Segment segment,
        boolean keyAccount,
        Long ownerId,
        String ownerName,
        boolean archived) {

    public String industry(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? industrySv : industryEn;
    }
}

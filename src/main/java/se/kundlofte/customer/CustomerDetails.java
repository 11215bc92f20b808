package se.kundlofte.customer;

import java.util.Locale;

/** Everything the customer page header shows, with the version for edits. */
public record CustomerDetails(
        long id,
        long version,
        String name,
        String orgNumber,
        Long industryId,
        String industrySv,
        String industryEn,
        Segment segment,
        boolean keyAccount,
        Long ownerId,
        String ownerName,
        String notes,
        boolean archived) {

    public String industry(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? industrySv : industryEn;
    }

    public CustomerForm toForm() {
        return new CustomerForm(name, orgNumber, industryId, segment, keyAccount, ownerId, notes);
    }
}

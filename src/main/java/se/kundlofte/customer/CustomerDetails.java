package se.kundlofte.customer;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Everything the customer page header shows, with the version for edits. */
public record CustomerDetails(
        long id,
        long version,
        String name,
        @Nullable String orgNumber,
        @Nullable Long industryId,
        @Nullable String industrySv,
        @Nullable String industryEn,
        Segment segment,
        boolean keyAccount,
        @Nullable Long ownerId,
        @Nullable String ownerName,
        @Nullable String notes,
        boolean archived) {

    public String industry(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? industrySv : industryEn;
    }

    public CustomerForm toForm() {
        return new CustomerForm(name, orgNumber, industryId, segment, keyAccount, ownerId, notes);
    }
}

package se.kundlofte.customer;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One row of the customer register. */
public record CustomerListItem(
        long id,
        String name,
        @Nullable String orgNumber,
        @Nullable String industrySv,
        @Nullable String industryEn,
        Segment segment,
        boolean keyAccount,
        @Nullable Long ownerId,
        @Nullable String ownerName,
        boolean archived) {

    public String industry(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? industrySv : industryEn;
    }
}

package se.kundlofte.promise;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.kundlofte.customer.Segment;

/** A row of the register: the promise, to whom, its owner and validity, and its health. */
public record PromiseListItem(
        long id,
        String title,
        PromiseScope scope,
        @Nullable Segment segment,
        @Nullable String industrySv,
        @Nullable String industryEn,
        @Nullable Long customerId,
        @Nullable String customerName,
        long ownerId,
        String ownerName,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        boolean retired,
        HealthThresholds thresholds,
        @Nullable PromiseHealth health) {

    public @Nullable String industry(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? industrySv : industryEn;
    }

    PromiseListItem withHealth(PromiseHealth health) {
        return new PromiseListItem(
                id,
                title,
                scope,
                segment,
                industrySv,
                industryEn,
                customerId,
                customerName,
                ownerId,
                ownerName,
                validFrom,
                validTo,
                retired,
                thresholds,
                health);
    }
}

package se.kundlofte.promise;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.customer.Segment;

/** Everything the promise page shows of the promise itself, with the version for edits. */
public record PromiseDetails(
        long id,
        long version,
        String title,
        String text,
        PromiseScope scope,
        @Nullable Segment segment,
        @Nullable Long industryId,
        @Nullable String industrySv,
        @Nullable String industryEn,
        @Nullable Long customerId,
        @Nullable String customerName,
        StatedWhere statedWhere,
        boolean implicit,
        @Nullable String limits,
        long ownerId,
        String ownerName,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        List<JourneyPhase> stages,
        PromiseForm.Answers answers,
        HealthThresholds thresholds,
        boolean retired,
        int textVersion) {

    public @Nullable String industry(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? industrySv : industryEn;
    }

    public PromiseForm toForm() {
        return new PromiseForm(
                title,
                text,
                scope,
                segment,
                industryId,
                customerId,
                statedWhere,
                implicit,
                limits,
                ownerId,
                validFrom,
                validTo,
                stages,
                answers);
    }
}

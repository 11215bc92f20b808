package se.kundlofte.demand;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Did it help? The failure demand of a cause in the same number of weeks before and after the
 * requirement that addressed it reached Monitored.
 */
public record BeforeAfter(
        long requirementId,
        String title,
        String causeSv,
        String causeEn,
        LocalDate changedOn,
        int weeks,
        long before,
        long after) {

    public String cause(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? causeSv : causeEn;
    }

    /** Relative change, e.g. -0.4 for 40 % fewer contacts; null without a baseline. */
    public @Nullable Double change() {
        return before == 0 ? null : (double) (after - before) / before;
    }
}

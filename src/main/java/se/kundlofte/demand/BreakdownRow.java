package se.kundlofte.demand;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Value and failure contacts for one journey stage, channel, customer or industry. */
public record BreakdownRow(@Nullable String key, String labelSv, String labelEn, long value, long failure) {

    public String label(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? labelSv : labelEn;
    }

    public @Nullable Double ratio() {
        long classified = value + failure;
        return classified == 0 ? null : (double) failure / classified;
    }
}

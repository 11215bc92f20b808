package se.kundlofte.requirement;

import org.jspecify.annotations.Nullable;

/**
 * The priority score: (customer value + risk of not meeting it) × 10 ÷ effort weight, where value
 * and risk are 1–5 and effort S=1, M=2, L=3, XL=5. High value and risk for little effort come
 * first; the critical flag overrides the score.
 */
public enum Priority {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    UNSCORED;

    public static final int HIGH_FROM = 40;
    public static final int MEDIUM_FROM = 20;

    /** The score, or null while value, risk or effort is missing. */
    public static @Nullable Integer score(
            @Nullable Integer customerValue, @Nullable Integer risk, @Nullable Effort effort) {
        if (customerValue == null || risk == null || effort == null) {
            return null;
        }
        return Math.round((customerValue + risk) * 10f / effort.weight());
    }

    public static Priority of(boolean critical, Integer score) {
        if (critical) {
            return CRITICAL;
        }
        if (score == null) {
            return UNSCORED;
        }
        return score >= HIGH_FROM ? HIGH : score >= MEDIUM_FROM ? MEDIUM : LOW;
    }

    public String translationKey() {
        return "priority." + name();
    }
}

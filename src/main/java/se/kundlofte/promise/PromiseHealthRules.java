package se.kundlofte.promise;

import org.jspecify.annotations.Nullable;

/**
 * Turns the evidence of a window into kept / at risk / broken / disputed. In order:
 *
 * <ol>
 *   <li>no checks and no tagged contacts: not measured;
 *   <li>broken: at least {@code brokenContacts} failure contacts tagged with the promise, or a
 *       fulfilment rate below {@code brokenRate} %;
 *   <li>disputed: a check where the customer's assessment differs from ours;
 *   <li>at risk: at least {@code atRiskContacts} tagged contacts, or a rate below {@code atRiskRate} %;
 *   <li>otherwise kept.
 * </ol>
 *
 * The page writes these rules out with the promise's own thresholds.
 */
public final class PromiseHealthRules {

    private PromiseHealthRules() {}

    public static HealthStatus assess(
            HealthThresholds t, long failures, long checks, long keptChecks, long disputedChecks) {
        if (checks == 0 && failures == 0) {
            return HealthStatus.NOT_MEASURED;
        }
        Double rate = rate(checks, keptChecks);
        if (failures >= t.brokenContacts() || (rate != null && rate * 100 < t.brokenRate())) {
            return HealthStatus.BROKEN;
        }
        if (disputedChecks > 0) {
            return HealthStatus.DISPUTED;
        }
        if (failures >= t.atRiskContacts() || (rate != null && rate * 100 < t.atRiskRate())) {
            return HealthStatus.AT_RISK;
        }
        return HealthStatus.KEPT;
    }

    /** Share of checks judged kept, null without checks. */
    public static @Nullable Double rate(long checks, long keptChecks) {
        return checks == 0 ? null : (double) keptChecks / checks;
    }
}

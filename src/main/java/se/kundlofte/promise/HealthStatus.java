package se.kundlofte.promise;

/** What the evidence says of a promise (see {@link PromiseHealthRules}). */
public enum HealthStatus {
    KEPT,
    AT_RISK,
    BROKEN,
    /** Our assessment and the customer's differ (seed 000: we decide, but not with the last word). */
    DISPUTED,
    /** No checks and no tagged contacts in the window. */
    NOT_MEASURED;

    public String translationKey() {
        return "promise.health." + name();
    }
}

package se.kundlofte.demand;

/**
 * Value demand is what we exist to provide; failure demand is caused by our failure to do
 * something or do it right (seed 002). A contact may be saved unclassified and triaged later.
 */
public enum DemandKind {
    VALUE,
    FAILURE,
    UNCLASSIFIED;

    public String translationKey() {
        return "demandKind." + name();
    }
}

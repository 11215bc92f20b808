package se.kundlofte.promise;

/** Seed 000's question after going beyond the promise: change it, clarify it, or leave it. */
public enum ReviewDecision {
    CHANGE,
    CLARIFY,
    LEAVE;

    public String translationKey() {
        return "promise.decision." + name();
    }
}

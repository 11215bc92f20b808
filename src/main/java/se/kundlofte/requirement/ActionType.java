package se.kundlofte.requirement;

/** The kinds of action seed 004 names. */
public enum ActionType {
    PROCESS,
    PRODUCT,
    NEW_FEATURE,
    CUSTOMER_SERVICE,
    QUALITY;

    public String translationKey() {
        return "actionType." + name();
    }
}

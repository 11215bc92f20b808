package se.kundlofte.demand;

/** What the analysis breaks failure demand down by. */
public enum Breakdown {
    JOURNEY_STAGE,
    CHANNEL,
    CUSTOMER,
    INDUSTRY;

    public String translationKey() {
        return "demand.breakdown." + name();
    }
}

package se.kundlofte.demand;

/** Weeks (starting Monday) or calendar months. */
public enum Granularity {
    WEEK,
    MONTH;

    public String translationKey() {
        return "demand.granularity." + name();
    }
}

package se.kundlofte.journey;

/** How far our own processes cover a stage of the customer's journey; a stage not covered is a gap. */
public enum Coverage {
    COVERED,
    PARTLY,
    NOT_COVERED;

    public String translationKey() {
        return "journey.coverage." + name();
    }
}

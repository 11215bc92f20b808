package se.kundlofte.journey;

/** Why a stage is a gap in the journey. */
public enum GapReason {
    NO_OWNER,
    NOT_COVERED,
    FAILURE_DEMAND;

    public String translationKey() {
        return "journey.gap." + name();
    }
}

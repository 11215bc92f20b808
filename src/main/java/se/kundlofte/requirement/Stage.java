package se.kundlofte.requirement;

import java.util.List;

/** The requirement lifecycle of seed 004, the board's columns in order, plus Rejected. */
public enum Stage {
    IDENTIFIED,
    ANALYSED,
    PRIORITISED,
    ACTIONS,
    COMMUNICATED,
    MONITORED,
    REJECTED;

    /** The columns of the flow, without Rejected. */
    public static final List<Stage> FLOW = List.of(IDENTIFIED, ANALYSED, PRIORITISED, ACTIONS, COMMUNICATED, MONITORED);

    public String translationKey() {
        return "stage." + name();
    }
}

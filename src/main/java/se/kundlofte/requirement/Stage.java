package se.kundlofte.requirement;

import java.util.List;

/** The requirement lifecycle of seed 004, the board's columns in order, plus Rejected. */
public enum Stage {
    IDENTIFIED(1),
    ANALYSED(2),
    PRIORITISED(3),
    ACTIONS(4),
    COMMUNICATED(5),
    MONITORED(6),
    REJECTED(7);

    /** The columns of the flow, without Rejected. */
    public static final List<Stage> FLOW = List.of(IDENTIFIED, ANALYSED, PRIORITISED, ACTIONS, COMMUNICATED, MONITORED);

    private final int code;

    Stage(int code) {
        this.code = code;
    }

    /**
     * The stage's permanent number, where a number must name a stage (the audit log's subject of
     * a WIP limit): unlike the ordinal it does not change when the enum is reordered. Never reuse
     * or change a code; db/audit.sql rewrites to these codes.
     */
    public int code() {
        return code;
    }

    public String translationKey() {
        return "stage." + name();
    }
}

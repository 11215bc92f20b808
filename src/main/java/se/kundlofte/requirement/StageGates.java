package se.kundlofte.requirement;

import java.util.ArrayList;
import java.util.List;

/**
 * The gate rules of the lifecycle: what a requirement must have before it may enter a stage.
 * Gates add up along the flow (Prioritised also needs the analysis); moving back is always
 * allowed; Rejected needs only a reason.
 */
public final class StageGates {

    /** One thing missing, as a translation key, and the section of the requirement page to fill it in. */
    public record Missing(String messageKey, String section) {}

    private StageGates() {}

    public static List<Missing> missing(GateCheck r, Stage from, Stage to) {
        List<Missing> missing = new ArrayList<>();
        if (to == Stage.REJECTED) {
            if (blank(r.rejectionReason())) {
                missing.add(new Missing("gate.rejectionReason", "rejection"));
            }
            return missing;
        }
        if (from != Stage.REJECTED && to.ordinal() <= from.ordinal()) {
            return missing;
        }
        if (to.ordinal() >= Stage.ANALYSED.ordinal()) {
            if (r.applies() == null) {
                missing.add(new Missing("gate.applies", "analysis"));
            } else if (r.applies() != Answer.YES && blank(r.appliesWhy())) {
                missing.add(new Missing("gate.appliesWhy", "analysis"));
            }
            if (r.realistic() == null) {
                missing.add(new Missing("gate.realistic", "analysis"));
            } else if (r.realistic() != Answer.YES && blank(r.realisticWhy())) {
                missing.add(new Missing("gate.realisticWhy", "analysis"));
            }
        }
        if (to.ordinal() >= Stage.PRIORITISED.ordinal()) {
            if (r.applies() == Answer.NO || r.realistic() == Answer.NO) {
                missing.add(new Missing("gate.rejectInstead", "rejection"));
            }
            if (r.customerValue() == null) {
                missing.add(new Missing("gate.value", "priority"));
            }
            if (r.risk() == null) {
                missing.add(new Missing("gate.risk", "priority"));
            }
            if (r.effort() == null) {
                missing.add(new Missing("gate.effort", "priority"));
            }
        }
        if (to.ordinal() >= Stage.ACTIONS.ordinal() && r.actions() == 0) {
            missing.add(new Missing("gate.action", "actions"));
        }
        if (to.ordinal() >= Stage.COMMUNICATED.ordinal() && r.communications() == 0) {
            missing.add(new Missing("gate.communication", "communications"));
        }
        if (to.ordinal() >= Stage.MONITORED.ordinal()) {
            if (blank(r.indicator())) {
                missing.add(new Missing("gate.indicator", "monitoring"));
            }
            if (r.nextReview() == null) {
                missing.add(new Missing("gate.nextReview", "monitoring"));
            }
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

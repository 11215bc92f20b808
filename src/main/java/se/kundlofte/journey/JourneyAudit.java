package se.kundlofte.journey;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.AuditTrail;
import se.kundlofte.audit.AuditValue;

/** What the audit log keeps of journeys: the journey's fields, its stages' structure and every lane changed. */
@Component
class JourneyAudit {

    /** The audit log stores a label as text; the standard journey has no name of its own. */
    static final String STANDARD_LABEL = "Standardresa / Standard journey";

    private final AuditTrail trail;

    JourneyAudit(AuditTrail trail) {
        this.trail = trail;
    }

    static String label(Journey j) {
        return j.name == null ? STANDARD_LABEL : j.name;
    }

    static String stageLabel(JourneyStage s) {
        return s.name == null ? s.phase.name() : s.name;
    }

    Map<String, AuditValue> values(Journey j) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("journey.field.name", AuditValue.text(j.name));
        values.put("journey.field.description", AuditValue.text(j.description));
        values.put("journey.field.segment", AuditValue.code(j.segment == null ? null : j.segment.translationKey()));
        values.put("journey.field.gapFailurePercent", AuditValue.text(j.gapFailurePercent + " %"));
        return values;
    }

    Map<String, AuditValue> values(JourneyStage s) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("journey.lane.customerDoes", AuditValue.text(s.customerDoes));
        values.put("journey.lane.customerThinks", AuditValue.text(s.customerThinks));
        values.put("journey.lane.emotion", AuditValue.text(s.emotion));
        values.put("journey.lane.touchpoints", AuditValue.text(s.touchpoints));
        values.put("journey.lane.owner", AuditValue.text(s.ownerDepartment));
        values.put("journey.lane.coverage", AuditValue.code(s.coverage == null ? null : s.coverage.translationKey()));
        values.put("journey.lane.painPoints", AuditValue.text(s.painPoints));
        values.put("journey.lane.opportunities", AuditValue.text(s.opportunities));
        return values;
    }

    void created(Journey j) {
        trail.created(AuditSubject.JOURNEY, j.getId(), label(j), values(j));
    }

    void changed(Journey j, Map<String, AuditValue> before) {
        trail.changed(AuditSubject.JOURNEY, j.getId(), label(j), before, values(j));
    }

    void removed(Journey j) {
        trail.removed(AuditSubject.JOURNEY, j.getId(), label(j));
    }

    /** A stage's lanes changed: logged on its journey, labelled "journey › stage". */
    void stageChanged(Journey j, JourneyStage s, Map<String, AuditValue> before) {
        trail.changed(AuditSubject.JOURNEY, j.getId(), label(j) + " › " + stageLabel(s), before, values(s));
    }

    /** A stage was added, renamed, moved, moved to another phase or removed. */
    void stageEvent(Journey j, String eventKey, @Nullable String old, @Nullable String now) {
        trail.event(AuditSubject.JOURNEY, j.getId(), label(j), eventKey, AuditValue.text(old), AuditValue.text(now));
    }
}

package se.kundlofte.satisfaction;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.AuditTrail;
import se.kundlofte.audit.AuditValue;

/** What the audit log keeps of satisfaction: recorded and imported responses, closed follow-ups. */
@Component
class SatisfactionAudit {

    private final AuditTrail trail;
    private final SatisfactionQueries queries;

    SatisfactionAudit(AuditTrail trail, SatisfactionQueries queries) {
        this.trail = trail;
        this.queries = queries;
    }

    void recorded(SurveyResponse response) {
        trail.created(AuditSubject.SURVEY_RESPONSE, response.getId(), label(response), values(response));
    }

    /** Imported responses: one created event each, all in the import's transaction. */
    void imported(List<SurveyResponse> responses) {
        responses.forEach(this::recorded);
    }

    void closed(FollowUp followUp) {
        Map<String, AuditValue> before = AuditTrail.values();
        before.put("satisfaction.followUp.field.status", AuditValue.code("satisfaction.followUp.status.open"));
        Map<String, AuditValue> after = AuditTrail.values();
        after.put("satisfaction.followUp.field.status", AuditValue.code("satisfaction.followUp.status.closed"));
        after.put("satisfaction.followUp.field.actionTaken", AuditValue.text(followUp.actionTaken));
        after.put(
                "satisfaction.followUp.field.contacted",
                AuditValue.flag(Boolean.TRUE.equals(followUp.customerContacted)));
        trail.changed(
                AuditSubject.FOLLOW_UP, followUp.getId(), queries.customerName(followUp.customerId), before, after);
    }

    void requirementRaised(FollowUp followUp, String title) {
        trail.event(
                AuditSubject.FOLLOW_UP,
                followUp.getId(),
                queries.customerName(followUp.customerId),
                "satisfaction.followUp.field.requirement",
                AuditValue.text(null),
                AuditValue.text(title));
    }

    private Map<String, AuditValue> values(SurveyResponse r) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("satisfaction.field.type", AuditValue.code(r.type.translationKey()));
        values.put("satisfaction.field.score", AuditValue.text(r.score));
        values.put("satisfaction.field.answeredOn", AuditValue.text(r.answeredOn));
        values.put(
                "satisfaction.field.stage",
                AuditValue.code(r.journeyStage == null ? null : "journeyStage." + r.journeyStage));
        values.put("satisfaction.field.comment", AuditValue.text(r.comment));
        values.put("satisfaction.field.externalId", AuditValue.text(r.externalId));
        return values;
    }

    private String label(SurveyResponse r) {
        return queries.customerName(r.customerId) + " – " + r.type.name() + " " + r.score;
    }
}

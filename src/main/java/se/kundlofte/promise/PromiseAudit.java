package se.kundlofte.promise;

import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.AuditTrail;
import se.kundlofte.audit.AuditValue;
import se.kundlofte.base.JourneyPhase;

/** What the audit log keeps of promises: every field change, and the evidence and decisions recorded. */
@Component
class PromiseAudit {

    private final AuditTrail trail;

    PromiseAudit(AuditTrail trail) {
        this.trail = trail;
    }

    Map<String, AuditValue> values(Promise p) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("promise.field.title", AuditValue.text(p.title));
        values.put("promise.field.text", AuditValue.text(p.text));
        values.put("promise.field.scope", AuditValue.code(p.scope.translationKey()));
        values.put("promise.field.segment", AuditValue.code(p.segment == null ? null : p.segment.translationKey()));
        values.put("promise.field.industry", AuditValue.text(p.industryId));
        values.put("promise.field.customer", AuditValue.text(p.customerId));
        values.put("promise.field.statedWhere", AuditValue.code(p.statedWhere.translationKey()));
        values.put("promise.field.implicit", AuditValue.flag(p.implicit));
        values.put("promise.field.limits", AuditValue.text(p.limits));
        values.put("promise.field.owner", AuditValue.text(p.ownerId));
        values.put("promise.field.validFrom", AuditValue.text(p.validFrom));
        values.put("promise.field.validTo", AuditValue.text(p.validTo));
        values.put(
                "promise.field.stages",
                AuditValue.codes(
                        p.stages == null
                                ? Stream.empty()
                                : Stream.of(p.stages.split(","))
                                        .map(s -> JourneyPhase.valueOf(s).translationKey())));
        values.put("promise.question.issuer", AuditValue.text(p.answerIssuer));
        values.put("promise.question.includes", AuditValue.text(p.answerIncludes));
        values.put("promise.question.notTooMuch", AuditValue.text(p.answerNotTooMuch));
        values.put("promise.question.whyMatters", AuditValue.text(p.answerWhyMatters));
        values.put(
                "promise.field.thresholds",
                AuditValue.text(p.windowDays + " / " + p.atRiskContacts + " / " + p.brokenContacts + " / "
                        + p.atRiskRate + " % / " + p.brokenRate + " %"));
        values.put("promise.field.retired", AuditValue.flag(p.retired));
        return values;
    }

    void created(Promise p) {
        trail.created(AuditSubject.PROMISE, p.getId(), p.title, values(p));
    }

    void changed(Promise p, Map<String, AuditValue> before) {
        trail.changed(AuditSubject.PROMISE, p.getId(), p.title, before, values(p));
    }

    void removed(Promise p) {
        trail.removed(AuditSubject.PROMISE, p.getId(), p.title);
    }

    /** Evidence or a decision recorded on the promise: what it was, in a line. */
    void recorded(long promiseId, String title, String eventKey, String what) {
        trail.event(AuditSubject.PROMISE, promiseId, title, eventKey, AuditValue.text(null), AuditValue.text(what));
    }
}

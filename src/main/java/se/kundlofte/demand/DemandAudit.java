package se.kundlofte.demand;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.AuditTrail;
import se.kundlofte.audit.AuditValue;

/**
 * What the audit log keeps of the demand log: corrections, undos and triage of contacts, and
 * changes to causes and channels. Logging a contact is not repeated here: the contact itself
 * records who logged it and when.
 */
@Component
class DemandAudit {

    private static final int LABEL_WORDS = 80;

    private final AuditTrail trail;
    private final DemandQueries queries;
    private final FailureCauseRepository causes;
    private final ContactChannelRepository channels;

    DemandAudit(
            AuditTrail trail, DemandQueries queries, FailureCauseRepository causes, ContactChannelRepository channels) {
        this.trail = trail;
        this.queries = queries;
        this.causes = causes;
        this.channels = channels;
    }

    Map<String, AuditValue> values(Demand demand) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("demand.field.channel", AuditValue.ref(demand.channelId, this::channelName));
        values.put("demand.field.customer", AuditValue.ref(demand.customerId, queries::customerName));
        values.put("demand.field.words", AuditValue.text(demand.words));
        values.put("demand.field.kind", AuditValue.code(demand.kind.translationKey()));
        values.put("demand.field.cause", AuditValue.ref(demand.causeId, this::causeName));
        values.put(
                "demand.field.stage",
                AuditValue.code(demand.journeyStage == null ? null : "journeyStage." + demand.journeyStage));
        values.put(
                "demand.field.resolved",
                demand.resolvedFirstContact == null
                        ? AuditValue.text(null)
                        : AuditValue.flag(demand.resolvedFirstContact));
        values.put("demand.field.requirement", AuditValue.ref(demand.requirementId, queries::requirementTitle));
        return values;
    }

    void changed(Demand demand, Map<String, AuditValue> before) {
        trail.changed(AuditSubject.CONTACT, demand.getId(), label(demand.words), before, values(demand));
    }

    void undone(Demand demand) {
        trail.event(
                AuditSubject.CONTACT,
                demand.getId(),
                label(demand.words),
                "audit.event.undone",
                AuditValue.text(demand.words),
                AuditValue.text(null));
    }

    /** One line per classified contact, all in one batch: what it became in triage. */
    void classified(Map<Long, String> wordsById, DemandKind kind, Long causeId) {
        Map<Long, String> labels = new java.util.LinkedHashMap<>();
        wordsById.forEach((id, words) -> labels.put(id, label(words)));
        trail.changedEach(
                AuditSubject.CONTACT, labels, kindAndCause(DemandKind.UNCLASSIFIED, null), kindAndCause(kind, causeId));
    }

    /** One line per contact tagged "promise broken" afterwards. */
    void taggedPromise(Map<Long, String> wordsById, String promiseTitle) {
        Map<Long, String> labels = new java.util.LinkedHashMap<>();
        wordsById.forEach((id, words) -> labels.put(id, label(words)));
        Map<String, AuditValue> before = AuditTrail.values();
        before.put("demand.field.promise", AuditValue.text(null));
        Map<String, AuditValue> after = AuditTrail.values();
        after.put("demand.field.promise", AuditValue.text(promiseTitle));
        trail.changedEach(AuditSubject.CONTACT, labels, before, after);
    }

    private Map<String, AuditValue> kindAndCause(DemandKind kind, Long causeId) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("demand.field.kind", AuditValue.code(kind.translationKey()));
        values.put("demand.field.cause", AuditValue.ref(causeId, this::causeName));
        return values;
    }

    private String channelName(long id) {
        return channels.findById(id).map(ContactChannel::getNameSv).orElse(null);
    }

    private String causeName(long id) {
        return causes.findById(id).map(FailureCause::getNameSv).orElse(null);
    }

    private static @Nullable String label(@Nullable String words) {
        if (words == null) {
            return null;
        }
        String line = words.strip().replaceAll("\\s+", " ");
        return line.length() <= LABEL_WORDS ? line : line.substring(0, LABEL_WORDS - 1) + "…";
    }
}

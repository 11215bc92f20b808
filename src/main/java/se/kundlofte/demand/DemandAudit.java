package se.kundlofte.demand;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    DemandAudit(AuditTrail trail, JdbcTemplate jdbc) {
        this.trail = trail;
        this.jdbc = jdbc;
    }

    Map<String, AuditValue> values(Demand demand) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put(
                "demand.field.channel", AuditValue.ref(demand.channelId, id -> name("contact_channel", "name_sv", id)));
        values.put("demand.field.customer", AuditValue.ref(demand.customerId, id -> name("customer", "name", id)));
        values.put("demand.field.words", AuditValue.text(demand.words));
        values.put("demand.field.kind", AuditValue.code(demand.kind.translationKey()));
        values.put("demand.field.cause", AuditValue.ref(demand.causeId, id -> name("failure_cause", "name_sv", id)));
        values.put(
                "demand.field.stage",
                AuditValue.code(demand.journeyStage == null ? null : "journeyStage." + demand.journeyStage));
        values.put(
                "demand.field.resolved",
                demand.resolvedFirstContact == null
                        ? AuditValue.text(null)
                        : AuditValue.flag(demand.resolvedFirstContact));
        values.put(
                "demand.field.requirement",
                AuditValue.ref(demand.requirementId, id -> name("requirement", "title", id)));
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

    void referenceAdded(DemandReferenceService.Kind kind, long id, String nameSv, String nameEn) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("industries.field.nameSv", AuditValue.text(nameSv));
        values.put("industries.field.nameEn", AuditValue.text(nameEn));
        trail.created(subject(kind), id, nameSv, values);
    }

    void referenceChanged(
            DemandReferenceService.Kind kind,
            long id,
            ReferenceItem before,
            String nameSv,
            String nameEn,
            boolean active) {
        trail.changed(
                subject(kind),
                id,
                nameSv,
                referenceValues(before.nameSv(), before.nameEn(), before.active()),
                referenceValues(nameSv, nameEn, active));
    }

    private static Map<String, AuditValue> referenceValues(String nameSv, String nameEn, boolean active) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("industries.field.nameSv", AuditValue.text(nameSv));
        values.put("industries.field.nameEn", AuditValue.text(nameEn));
        values.put("audit.field.active", AuditValue.flag(active));
        return values;
    }

    private static AuditSubject subject(DemandReferenceService.Kind kind) {
        return kind == DemandReferenceService.Kind.CAUSE ? AuditSubject.CAUSE : AuditSubject.CHANNEL;
    }

    private Map<String, AuditValue> kindAndCause(DemandKind kind, Long causeId) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("demand.field.kind", AuditValue.code(kind.translationKey()));
        values.put("demand.field.cause", AuditValue.ref(causeId, id -> name("failure_cause", "name_sv", id)));
        return values;
    }

    private String name(String table, String column, long id) {
        return jdbc.query(
                "select " + column + " from " + table + " where id = ?", rs -> rs.next() ? rs.getString(1) : null, id);
    }

    private static @Nullable String label(@Nullable String words) {
        if (words == null) {
            return null;
        }
        String line = words.strip().replaceAll("\\s+", " ");
        return line.length() <= LABEL_WORDS ? line : line.substring(0, LABEL_WORDS - 1) + "…";
    }
}

package se.kundlofte.demand;

import java.util.Map;
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
        values.put("demand.field.channel", AuditValue.text(name("contact_channel", "name_sv", demand.channelId)));
        values.put("demand.field.customer", AuditValue.text(name("customer", "name", demand.customerId)));
        values.put("demand.field.words", AuditValue.text(demand.words));
        values.put("demand.field.kind", AuditValue.code(demand.kind.translationKey()));
        values.put("demand.field.cause", AuditValue.text(name("failure_cause", "name_sv", demand.causeId)));
        values.put(
                "demand.field.stage",
                AuditValue.code(demand.journeyStage == null ? null : "journeyStage." + demand.journeyStage));
        values.put(
                "demand.field.resolved",
                demand.resolvedFirstContact == null
                        ? AuditValue.text(null)
                        : AuditValue.flag(demand.resolvedFirstContact));
        values.put("demand.field.requirement", AuditValue.text(name("requirement", "title", demand.requirementId)));
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

    /** One line per classified contact: what it became in triage. */
    void classified(Map<Long, String> wordsById, DemandKind kind, Long causeId) {
        if (wordsById.isEmpty()) {
            return;
        }
        String cause = name("failure_cause", "name_sv", causeId);
        for (Map.Entry<Long, String> contact : wordsById.entrySet()) {
            long id = contact.getKey();
            String words = contact.getValue();
            trail.changed(
                    AuditSubject.CONTACT,
                    id,
                    label(words),
                    Map.of(
                            "demand.field.kind", AuditValue.code(DemandKind.UNCLASSIFIED.translationKey()),
                            "demand.field.cause", AuditValue.text(null)),
                    orderedKindAndCause(kind, cause));
        }
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

    private static Map<String, AuditValue> orderedKindAndCause(DemandKind kind, String cause) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("demand.field.kind", AuditValue.code(kind.translationKey()));
        values.put("demand.field.cause", AuditValue.text(cause));
        return values;
    }

    private String name(String table, String column, Long id) {
        if (id == null) {
            return null;
        }
        return jdbc.query(
                "select " + column + " from " + table + " where id = ?", rs -> rs.next() ? rs.getString(1) : null, id);
    }

    private static String label(String words) {
        if (words == null) {
            return null;
        }
        String line = words.strip().replaceAll("\\s+", " ");
        return line.length() <= LABEL_WORDS ? line : line.substring(0, LABEL_WORDS - 1) + "…";
    }
}

package se.kundlofte.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.reference.ReferenceAudit;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;

/**
 * Writes the audit log of everything but requirements (those keep their own history, which the
 * audit log reads too). Called by the services inside their transactions, so a change and its
 * audit rows are saved or rolled back together. Fields are translation keys of the field labels.
 */
@Component
public class AuditTrail {

    /** Name shown for changes made without a logged-in user (start-up, demo data). */
    public static final String SYSTEM = "Kundlöfte";

    static final int LABEL_MAX = 300;

    private final AuditEventRepository events;
    private final BusinessTime time;

    AuditTrail(AuditEventRepository events, BusinessTime time) {
        this.events = events;
        this.time = time;
    }

    /** Records that something was created, with its initial values. */
    public void created(AuditSubject subject, long id, String label, Map<String, AuditValue> values) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row(subject, id, label, "audit.event.created", AuditValue.text(null), AuditValue.text(label)));
        values.forEach((field, value) -> {
            if (value.value() != null) {
                rows.add(row(subject, id, label, field, AuditValue.text(null), value));
            }
        });
        insert(rows);
    }

    /** Records the fields whose values differ between the two snapshots (same keys, same order). */
    public void changed(
            AuditSubject subject,
            long id,
            String label,
            Map<String, AuditValue> before,
            Map<String, AuditValue> after) {
        insert(changes(subject, id, label, before, after));
    }

    /** Records the same change of many records (e.g. triage) in one batch; labels by id. */
    public void changedEach(
            AuditSubject subject,
            Map<Long, String> labels,
            Map<String, AuditValue> before,
            Map<String, AuditValue> after) {
        List<Object[]> rows = new ArrayList<>();
        labels.forEach((id, label) -> rows.addAll(changes(subject, id, label, before, after)));
        insert(rows);
    }

    /** Records that something was removed; its label is what it was. */
    public void removed(AuditSubject subject, long id, String label) {
        event(subject, id, label, "audit.event.removed", AuditValue.text(label), AuditValue.text(null));
    }

    /** Records one event, such as a password set, with an optional old and new value. */
    public void event(AuditSubject subject, long id, String label, String eventKey, AuditValue old, AuditValue now) {
        insert(List.<Object[]>of(row(subject, id, label, eventKey, old, now)));
    }

    /** The audit of one reference list: its names and whether it is in use. */
    public ReferenceAudit references(AuditSubject subject) {
        return new ReferenceAudit() {
            @Override
            public void created(ReferenceItem item) {
                AuditTrail.this.created(subject, item.id(), item.nameSv(), referenceValues(item));
            }

            @Override
            public void changed(ReferenceItem before, ReferenceItem after) {
                AuditTrail.this.changed(
                        subject, after.id(), after.nameSv(), referenceValues(before), referenceValues(after));
            }
        };
    }

    private static Map<String, AuditValue> referenceValues(ReferenceItem item) {
        Map<String, AuditValue> values = values();
        values.put("industries.field.nameSv", AuditValue.text(item.nameSv()));
        values.put("industries.field.nameEn", AuditValue.text(item.nameEn()));
        values.put("audit.field.active", AuditValue.flag(item.active()));
        return values;
    }

    private List<Object[]> changes(
            AuditSubject subject,
            long id,
            String label,
            Map<String, AuditValue> before,
            Map<String, AuditValue> after) {
        List<Object[]> rows = new ArrayList<>();
        after.forEach((field, value) -> {
            AuditValue old = before.getOrDefault(field, AuditValue.text(null));
            if (!old.sameAs(value)) {
                rows.add(row(subject, id, label, field, old, value));
            }
        });
        return rows;
    }

    /** An ordered snapshot builder for {@link #created} and {@link #changed}. */
    public static Map<String, AuditValue> values() {
        return new LinkedHashMap<>();
    }

    private Object[] row(AuditSubject subject, long id, String label, String field, AuditValue old, AuditValue now) {
        KundlofteUser user = CurrentUser.get().orElse(null);
        String safeLabel = label == null || label.isBlank() ? "#" + id : label.strip();
        return new Object[] {
            Timestamp.from(time.now()),
            user == null ? null : user.getUserId(),
            user == null ? SYSTEM : user.getFullName(),
            subject.name(),
            id,
            safeLabel.length() > LABEL_MAX ? safeLabel.substring(0, LABEL_MAX) : safeLabel,
            field,
            old.coded() || now.coded(),
            old.value(),
            now.value()
        };
    }

    private void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        events.insert(rows);
    }
}

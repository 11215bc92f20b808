package se.kundlofte.user;

import java.util.Map;
import org.springframework.stereotype.Component;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.AuditTrail;
import se.kundlofte.audit.AuditValue;

/** What the audit log keeps of user administration (never a password or its hash). */
@Component
class UserAudit {

    private final AuditTrail trail;

    UserAudit(AuditTrail trail) {
        this.trail = trail;
    }

    Map<String, AuditValue> values(AppUser user) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("users.field.fullName", AuditValue.text(user.getFullName()));
        values.put("users.field.email", AuditValue.text(user.getEmail()));
        values.put("users.field.department", AuditValue.text(user.getDepartment()));
        values.put(
                "users.field.roles", AuditValue.codes(user.getRoles().stream().map(role -> "role." + role)));
        values.put("audit.field.active", AuditValue.flag(user.isActive()));
        return values;
    }

    void created(AppUser user) {
        trail.created(AuditSubject.USER, user.getId(), user.getUsername(), values(user));
    }

    void changed(AppUser user, Map<String, AuditValue> before) {
        trail.changed(AuditSubject.USER, user.getId(), user.getUsername(), before, values(user));
    }

    void event(AppUser user, String eventKey, Object detail) {
        trail.event(
                AuditSubject.USER,
                user.getId(),
                user.getUsername(),
                eventKey,
                AuditValue.text(null),
                AuditValue.text(detail));
    }
}

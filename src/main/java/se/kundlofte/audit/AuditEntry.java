package se.kundlofte.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log: who changed which field of what, when, from what to what. {@code
 * field} is a translation key; when {@code coded}, the values are translation keys too (several
 * joined by ", ").
 */
public record AuditEntry(
        Instant changedAt,
        @Nullable Long changedBy,
        String changedByName,
        AuditSubject subject,
        long subjectId,
        String subjectLabel,
        String field,
        boolean coded,
        @Nullable String oldValue,
        @Nullable String newValue) {}

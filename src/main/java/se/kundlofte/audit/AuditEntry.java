package se.kundlofte.audit;

import java.time.Instant;

/**
 * One line of the audit log: who changed which field of what, when, from what to what. {@code
 * field} is a translation key; when {@code coded}, the values are translation keys too (several
 * joined by ", ").
 */
public record AuditEntry(
        Instant changedAt,
        Long changedBy,
        String changedByName,
        AuditSubject subject,
        long subjectId,
        String subjectLabel,
        String field,
        boolean coded,
        String oldValue,
        String newValue) {}

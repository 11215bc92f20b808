package se.kundlofte.audit;

import java.time.LocalDate;

/** What the audit log shows: a date range (inclusive, Swedish time), one user, one kind of subject, text. */
public record AuditFilter(LocalDate from, LocalDate to, Long userId, AuditSubject subject, String text) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}

package se.kundlofte.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the audit log shows: a date range (inclusive, days of the business zone), one user, one
 * kind of subject, text; null means "any". Start from {@link #all()} and narrow with the
 * {@code with…} methods.
 */
public record AuditFilter(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long userId,
        @Nullable AuditSubject subject,
        @Nullable String text) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }

    public AuditFilter withPeriod(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new AuditFilter(from, to, userId, subject, text);
    }

    public AuditFilter withUser(@Nullable Long userId) {
        return new AuditFilter(from, to, userId, subject, text);
    }

    public AuditFilter withSubject(@Nullable AuditSubject subject) {
        return new AuditFilter(from, to, userId, subject, text);
    }

    public AuditFilter withText(@Nullable String text) {
        return new AuditFilter(from, to, userId, subject, text);
    }
}

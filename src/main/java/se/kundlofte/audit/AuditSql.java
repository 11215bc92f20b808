package se.kundlofte.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import se.kundlofte.base.db.Like;

/** The audit filter as SQL, the same for the audit events and every {@link AuditSource}. */
public final class AuditSql {

    private AuditSql() {}

    /**
     * The where clause for dates, user and text (the kind of subject is the source's business);
     * days are the business zone's; the table under {@code alias} has {@code changed_at}, {@code changed_by}, {@code
     * changed_by_name}, {@code old_value} and {@code new_value}. Adds the arguments in order.
     */
    public static String where(String alias, String labelColumn, AuditFilter filter, ZoneId zone, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add(alias + ".changed_at >= ?");
            args.add(startOf(filter.from(), zone));
        }
        if (filter.to() != null) {
            conditions.add(alias + ".changed_at < ?");
            args.add(startOf(filter.to().plusDays(1), zone));
        }
        if (filter.userId() != null) {
            conditions.add(alias + ".changed_by = ?");
            args.add(filter.userId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = Like.contains(filter.text());
            conditions.add("(" + labelColumn + " like ? or " + alias + ".old_value like ? or " + alias
                    + ".new_value like ? or " + alias + ".changed_by_name like ?)");
            args.add(pattern);
            args.add(pattern);
            args.add(pattern);
            args.add(pattern);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Filter days are the business zone's days, as the user picked them. */
    private static Timestamp startOf(LocalDate day, ZoneId zone) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }
}

package se.kundlofte.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.kundlofte.base.db.Like;

/**
 * The audit log in SQL: the requirements' own history and the audit events of everything else,
 * merged newest first. Each branch is cut to the page end on its own (time index) before the merge,
 * so a page costs two short index range reads, not a sort of the whole log.
 */
@Component
class AuditQueries {

    private static final String HISTORY = "select h.id, h.changed_at, h.changed_by, h.changed_by_name, "
            + "'REQUIREMENT' as subject_type, h.requirement_id as subject_id, r.title as subject_label, h.field, "
            + "false as coded, h.old_value, h.new_value, 1 as src "
            + "from requirement_history h join requirement r on r.id = h.requirement_id";

    private static final String EVENTS = "select e.id, e.changed_at, e.changed_by, e.changed_by_name, e.subject_type, "
            + "e.subject_id, e.subject_label, e.field, e.coded, e.old_value, e.new_value, 2 as src from audit_event e";

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    AuditQueries(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        List<String> branches = new ArrayList<>();
        int end = offset + limit;
        if (includesHistory(filter)) {
            branches.add("(" + HISTORY + where("h", "r.title", filter, args)
                    + " order by h.changed_at desc, h.id desc limit " + end + ")");
        }
        if (includesEvents(filter)) {
            branches.add("(" + EVENTS + where("e", "e.subject_label", filter, args)
                    + " order by e.changed_at desc, e.id desc limit " + end + ")");
        }
        if (branches.isEmpty()) {
            return List.of();
        }
        String sql = "select * from (" + String.join(" union all ", branches) + ") a "
                + "order by changed_at desc, src, id desc limit " + limit + " offset " + offset;
        return jdbc.query(sql, (rs, i) -> entry(rs), args.toArray());
    }

    int count(AuditFilter filter) {
        int count = 0;
        if (includesHistory(filter)) {
            List<Object> args = new ArrayList<>();
            String sql = "select count(*) from requirement_history h join requirement r on r.id = h.requirement_id"
                    + where("h", "r.title", filter, args);
            count += jdbc.queryForObject(sql, Integer.class, args.toArray());
        }
        if (includesEvents(filter)) {
            List<Object> args = new ArrayList<>();
            String sql = "select count(*) from audit_event e" + where("e", "e.subject_label", filter, args);
            count += jdbc.queryForObject(sql, Integer.class, args.toArray());
        }
        return count;
    }

    private static boolean includesHistory(AuditFilter filter) {
        return filter.subject() == null || filter.subject() == AuditSubject.REQUIREMENT;
    }

    private static boolean includesEvents(AuditFilter filter) {
        return filter.subject() != AuditSubject.REQUIREMENT;
    }

    private String where(String alias, String labelColumn, AuditFilter filter, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add(alias + ".changed_at >= ?");
            args.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add(alias + ".changed_at < ?");
            args.add(startOf(filter.to().plusDays(1)));
        }
        if (filter.userId() != null) {
            conditions.add(alias + ".changed_by = ?");
            args.add(filter.userId());
        }
        if (filter.subject() != null && filter.subject() != AuditSubject.REQUIREMENT) {
            conditions.add(alias + ".subject_type = ?");
            args.add(filter.subject().name());
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
    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    /** Requirement history keeps plain field names and codes: make them keys like the audit events. */
    private static AuditEntry entry(ResultSet rs) throws SQLException {
        AuditSubject subject = AuditSubject.valueOf(rs.getString("subject_type"));
        String field = rs.getString("field");
        boolean coded = rs.getBoolean("coded");
        String oldValue = rs.getString("old_value");
        String newValue = rs.getString("new_value");
        if (subject == AuditSubject.REQUIREMENT) {
            String prefix = AuditText.REQUIREMENT_CODES.get(field);
            field = "history.field." + field;
            if (prefix != null) {
                coded = true;
                oldValue = keys(prefix, oldValue);
                newValue = keys(prefix, newValue);
            } else if (isFlag(oldValue) && isFlag(newValue) && (oldValue != null || newValue != null)) {
                coded = true;
                oldValue = flagKey(oldValue);
                newValue = flagKey(newValue);
            }
        }
        return new AuditEntry(
                rs.getTimestamp("changed_at").toInstant(),
                rs.getObject("changed_by", Long.class),
                rs.getString("changed_by_name"),
                subject,
                rs.getLong("subject_id"),
                rs.getString("subject_label"),
                field,
                coded,
                oldValue,
                newValue);
    }

    private static boolean isFlag(String value) {
        return value == null || value.equals("true") || value.equals("false");
    }

    private static String flagKey(String value) {
        return value == null ? null : value.equals("true") ? "csv.yes" : "csv.no";
    }

    private static @Nullable String keys(String prefix, @Nullable String value) {
        if (value == null) {
            return null;
        }
        return String.join(
                ", ",
                java.util.Arrays.stream(value.split(", ")).map(v -> prefix + v).toList());
    }
}

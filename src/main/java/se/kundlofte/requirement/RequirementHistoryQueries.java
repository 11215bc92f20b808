package se.kundlofte.requirement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.kundlofte.audit.AuditEntry;
import se.kundlofte.audit.AuditFilter;
import se.kundlofte.audit.AuditSource;
import se.kundlofte.audit.AuditSql;
import se.kundlofte.audit.AuditSubject;

/**
 * The requirements' own history as a source of the audit log: requirements keep their changes in
 * {@code requirement_history}, not in the audit events. Ordered first, so that on equal times a
 * requirement change comes before an audit event.
 */
@Component
@Order(1)
class RequirementHistoryQueries implements AuditSource {

    private static final String HISTORY = "select h.id, h.changed_at, h.changed_by, h.changed_by_name, "
            + "h.requirement_id, r.title, h.field, h.old_value, h.new_value "
            + "from requirement_history h join requirement r on r.id = h.requirement_id";

    private final JdbcTemplate jdbc;

    private final ZoneId zone;

    RequirementHistoryQueries(JdbcTemplate jdbc, ZoneId zone) {
        this.zone = zone;
        this.jdbc = jdbc;
    }

    @Override
    public boolean holds(AuditSubject subject) {
        return subject == AuditSubject.REQUIREMENT;
    }

    @Override
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = HISTORY + AuditSql.where("h", "r.title", filter, zone, args)
                + " order by h.changed_at desc, h.id desc limit " + limit + " offset " + offset;
        return jdbc.query(sql, (rs, i) -> entry(rs), args.toArray());
    }

    @Override
    public int count(AuditFilter filter) {
        List<Object> args = new ArrayList<>();
        String sql = "select count(*) from requirement_history h join requirement r on r.id = h.requirement_id"
                + AuditSql.where("h", "r.title", filter, zone, args);
        return jdbc.queryForObject(sql, Integer.class, args.toArray());
    }

    /** The history keeps plain field names and codes: make them keys like the audit events. */
    private static AuditEntry entry(ResultSet rs) throws SQLException {
        String field = rs.getString("field");
        boolean coded = false;
        String oldValue = rs.getString("old_value");
        String newValue = rs.getString("new_value");
        String prefix = HistoryItem.CODES.get(field);
        if (prefix != null) {
            coded = true;
            oldValue = keys(prefix, oldValue);
            newValue = keys(prefix, newValue);
        } else if (isFlag(oldValue) && isFlag(newValue) && (oldValue != null || newValue != null)) {
            coded = true;
            oldValue = flagKey(oldValue);
            newValue = flagKey(newValue);
        }
        return new AuditEntry(
                rs.getTimestamp("changed_at").toInstant(),
                rs.getObject("changed_by", Long.class),
                rs.getString("changed_by_name"),
                AuditSubject.REQUIREMENT,
                rs.getLong("requirement_id"),
                rs.getString("title"),
                "history.field." + field,
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

    private static String keys(String prefix, String value) {
        if (value == null) {
            return null;
        }
        return String.join(
                ", ", Arrays.stream(value.split(", ")).map(v -> prefix + v).toList());
    }
}

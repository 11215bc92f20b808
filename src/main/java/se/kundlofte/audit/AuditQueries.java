package se.kundlofte.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit events in SQL: everything the services record through {@link AuditTrail}. A page is
 * one short index range read on the time index; other stores of changes come in as {@link
 * AuditSource}s.
 */
@Component
class AuditQueries implements AuditSource {

    private static final String EVENTS = "select e.id, e.changed_at, e.changed_by, e.changed_by_name, e.subject_type, "
            + "e.subject_id, e.subject_label, e.field, e.coded, e.old_value, e.new_value from audit_event e";

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    AuditQueries(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @Override
    public boolean holds(AuditSubject subject) {
        return true;
    }

    @Override
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = EVENTS + where(filter, args) + " order by e.changed_at desc, e.id desc limit " + limit + " offset "
                + offset;
        return jdbc.query(sql, (rs, i) -> entry(rs), args.toArray());
    }

    @Override
    public int count(AuditFilter filter) {
        List<Object> args = new ArrayList<>();
        return jdbc.queryForObject(
                "select count(*) from audit_event e" + where(filter, args), Integer.class, args.toArray());
    }

    private String where(AuditFilter filter, List<Object> args) {
        String where = AuditSql.where("e", "e.subject_label", filter, zone, args);
        if (filter.subject() == null) {
            return where;
        }
        args.add(filter.subject().name());
        return where + (where.isEmpty() ? " where " : " and ") + "e.subject_type = ?";
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getTimestamp("changed_at").toInstant(),
                rs.getObject("changed_by", Long.class),
                rs.getString("changed_by_name"),
                AuditSubject.valueOf(rs.getString("subject_type")),
                rs.getLong("subject_id"),
                rs.getString("subject_label"),
                rs.getString("field"),
                rs.getBoolean("coded"),
                rs.getString("old_value"),
                rs.getString("new_value"));
    }
}

package se.kundlofte.audit;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Appends rows to the audit log; one batch per change, however many fields it touched. */
@Repository
class AuditEventRepository {

    private final JdbcTemplate jdbc;

    AuditEventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Rows of changed_at, changed_by, changed_by_name, subject_type, subject_id, subject_label,
     * field, coded, old_value, new_value.
     */
    void insert(List<Object[]> rows) {
        jdbc.batchUpdate(
                "insert into audit_event (changed_at, changed_by, changed_by_name, subject_type, subject_id, "
                        + "subject_label, field, coded, old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }
}

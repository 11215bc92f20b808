package se.kundlofte.requirement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The rows of requirement_history: appended one change at a time, read per requirement. */
@Repository
class RequirementHistoryRepository {

    private final JdbcTemplate jdbc;

    RequirementHistoryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            long requirementId,
            Instant at,
            Long changedBy,
            String changedByName,
            String field,
            String oldValue,
            String newValue) {
        jdbc.update(
                "insert into requirement_history (requirement_id, changed_at, changed_by, changed_by_name, field, old_value, new_value) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                requirementId,
                Timestamp.from(at),
                changedBy,
                changedByName,
                field,
                oldValue,
                newValue);
    }

    List<HistoryItem> of(long requirementId) {
        return jdbc.query(
                "select changed_at, changed_by_name, field, old_value, new_value from requirement_history "
                        + "where requirement_id = ? order by changed_at desc, id desc",
                (rs, i) -> new HistoryItem(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)),
                requirementId);
    }

    /**
     * Documents a journey-stage move of every requirement of a stage whose phase changes: one
     * INSERT … SELECT, before the move.
     */
    void recordPhaseMove(long fromStageId, String toPhase, Instant at, Long changedBy, String changedByName) {
        jdbc.update(
                "insert into requirement_history (requirement_id, changed_at, changed_by, changed_by_name, field, old_value, new_value) "
                        + "select r.id, ?, ?, ?, 'journeyStage', r.journey_stage, ? from requirement r "
                        + "where r.journey_stage_id = ? and not (r.journey_stage <=> ?)",
                Timestamp.from(at),
                changedBy,
                changedByName,
                toPhase,
                fromStageId,
                toPhase);
    }
}

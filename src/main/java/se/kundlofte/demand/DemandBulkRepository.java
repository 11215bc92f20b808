package se.kundlofte.demand;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes to the demand log that change many contacts at once (triage, linking to a requirement).
 * JDBC rather than JPA: one statement per batch on a table whose daily summary triggers keep.
 */
@Repository
class DemandBulkRepository {

    private final JdbcTemplate jdbc;

    DemandBulkRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Points every contact of one journey stage at another (or the same, when only the stage's
     * phase changed), with the phase column kept equal to the stage's phase: one UPDATE; the
     * summary trigger moves the daily counts when the phase changes. The version goes up so that a
     * correction begun before is reported as a conflict.
     */
    int reassignJourneyStage(long fromStageId, long toStageId, String phase) {
        return jdbc.update(
                "update demand set journey_stage_id = ?, journey_stage = ?, version = version + 1 "
                        + "where journey_stage_id = ?",
                toStageId,
                phase,
                fromStageId);
    }

    /** Locks the still unclassified contacts among the ids; returns their words by id. */
    Map<Long, String> lockUnclassified(List<Long> ids) {
        Map<Long, String> open = new LinkedHashMap<>();
        jdbc.query(
                "select id, customer_words from demand where kind = 'UNCLASSIFIED' and id in (" + marks(ids.size())
                        + ") order by id for update",
                rs -> {
                    open.put(rs.getLong(1), rs.getString(2));
                },
                ids.toArray());
        return open;
    }

    /** Sets kind and cause of the contacts; returns how many changed. */
    int classify(Collection<Long> ids, DemandKind kind, Long causeId) {
        List<Object> args = new ArrayList<>();
        args.add(kind.name());
        args.add(causeId);
        args.addAll(ids);
        return jdbc.update(
                "update demand set kind = ?, cause_id = ?, version = version + 1, updated_at = now(6) "
                        + "where id in (" + marks(ids.size()) + ")",
                args.toArray());
    }

    void linkCause(long causeId, long requirementId) {
        jdbc.update(
                "insert into cause_requirement (cause_id, requirement_id, linked_at) values (?, ?, now(6))",
                causeId,
                requirementId);
    }

    /** Links the contact to the requirement unless it already concerns one. */
    void linkContact(long contactId, long requirementId) {
        jdbc.update(
                "update demand set requirement_id = ? where id = ? and requirement_id is null",
                requirementId,
                contactId);
    }

    /** Locks the untagged failure contacts among the ids; returns their words by id. */
    Map<Long, String> lockUntaggedFailures(List<Long> ids) {
        Map<Long, String> open = new LinkedHashMap<>();
        jdbc.query(
                "select id, customer_words from demand where kind = 'FAILURE' and promise_id is null and id in ("
                        + marks(ids.size()) + ") order by id for update",
                rs -> {
                    open.put(rs.getLong(1), rs.getString(2));
                },
                ids.toArray());
        return open;
    }

    /** Tags the contacts "promise broken" with the promise; returns how many changed. */
    int tagPromise(Collection<Long> ids, long promiseId) {
        List<Object> args = new ArrayList<>();
        args.add(promiseId);
        args.addAll(ids);
        return jdbc.update(
                "update demand set promise_id = ?, version = version + 1, updated_at = now(6) where id in ("
                        + marks(ids.size()) + ")",
                args.toArray());
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}

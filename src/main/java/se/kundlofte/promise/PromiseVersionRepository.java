package se.kundlofte.promise;

import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes what promises keep beside the promise itself: its wordings and its requirement links. */
@Repository
class PromiseVersionRepository {

    private final NamedParameterJdbcTemplate jdbc;

    PromiseVersionRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addVersion(
            long promiseId,
            int versionNo,
            Promise promise,
            @Nullable String reason,
            Instant at,
            @Nullable Long userId,
            String userName) {
        jdbc.update(
                "insert into promise_version (promise_id, version_no, title, promise_text, limits, reason, changed_at, "
                        + "changed_by, changed_by_name) values (:promise, :no, :title, :text, :limits, :reason, :at, :by, :name)",
                new MapSqlParameterSource()
                        .addValue("promise", promiseId)
                        .addValue("no", versionNo)
                        .addValue("title", promise.title)
                        .addValue("text", promise.text)
                        .addValue("limits", promise.limits)
                        .addValue("reason", reason)
                        .addValue("at", Timestamp.from(at))
                        .addValue("by", userId)
                        .addValue("name", userName));
    }

    void deleteVersions(long promiseId) {
        jdbc.update("delete from promise_version where promise_id = :id", new MapSqlParameterSource("id", promiseId));
    }

    void linkRequirement(long promiseId, long requirementId, Instant at) {
        jdbc.update(
                "insert into promise_requirement (promise_id, requirement_id, linked_at) values (:p, :r, :at)",
                new MapSqlParameterSource()
                        .addValue("p", promiseId)
                        .addValue("r", requirementId)
                        .addValue("at", Timestamp.from(at)));
    }
}

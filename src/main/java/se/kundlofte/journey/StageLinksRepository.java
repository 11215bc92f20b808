package se.kundlofte.journey;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.kundlofte.base.JourneyPhase;

/**
 * The requirements and contacts that point at a stage: counted before a stage is removed, and
 * moved (with the phase they store beside the stage) when it is removed or changes phase.
 */
@Repository
class StageLinksRepository {

    private final NamedParameterJdbcTemplate jdbc;

    StageLinksRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long requirements(long stageId) {
        return count("requirement", stageId);
    }

    long contacts(long stageId) {
        return count("demand", stageId);
    }

    /** Points everything at {@code from} at {@code to} and its phase; from = to changes only the phase. */
    void reassign(long fromStageId, long toStageId, JourneyPhase toPhase) {
        for (String table : new String[] {"requirement", "demand"}) {
            jdbc.update(
                    "update " + table + " set journey_stage_id = :to, journey_stage = :phase "
                            + "where journey_stage_id = :from",
                    new MapSqlParameterSource("from", fromStageId)
                            .addValue("to", toStageId)
                            .addValue("phase", toPhase.name()));
        }
    }

    private long count(String table, long stageId) {
        Long count = jdbc.queryForObject(
                "select count(*) from " + table + " where journey_stage_id = :stage",
                new MapSqlParameterSource("stage", stageId),
                Long.class);
        return count == null ? 0 : count;
    }
}

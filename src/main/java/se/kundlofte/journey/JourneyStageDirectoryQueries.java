package se.kundlofte.journey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.JourneyStageChoice;

/** The stages of every journey as choices, in SQL. */
@Component
class JourneyStageDirectoryQueries {

    private static final String CHOICE = "select s.id, s.journey_id, j.name as journey_name, s.name as stage_name, "
            + "s.phase from journey_stage s join journey j on j.id = s.journey_id";

    private final NamedParameterJdbcTemplate jdbc;

    JourneyStageDirectoryQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Journey by journey (the standard journey first, then by name), each in map order. */
    List<JourneyStageChoice> all() {
        return jdbc.query(
                CHOICE + " order by j.standard desc, j.name, j.id, s.position, s.id",
                new MapSqlParameterSource(),
                (rs, i) -> choice(rs));
    }

    Optional<JourneyStageChoice> find(long stageId) {
        return jdbc
                .query(CHOICE + " where s.id = :id", new MapSqlParameterSource("id", stageId), (rs, i) -> choice(rs))
                .stream()
                .findFirst();
    }

    private static JourneyStageChoice choice(ResultSet rs) throws SQLException {
        return new JourneyStageChoice(
                rs.getLong("id"),
                rs.getLong("journey_id"),
                rs.getString("journey_name"),
                rs.getString("stage_name"),
                JourneyPhase.valueOf(rs.getString("phase")));
    }
}

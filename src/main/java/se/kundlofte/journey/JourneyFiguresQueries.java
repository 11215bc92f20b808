package se.kundlofte.journey;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.kundlofte.base.JourneyPhase;

/** What the live figures need of a journey: its segment and its stages (id and phase) in map order. */
@Component
class JourneyFiguresQueries {

    private final NamedParameterJdbcTemplate jdbc;

    JourneyFiguresQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The journey's segment code (null: all customers) and stages, or empty when it does not exist. */
    Optional<JourneyStages> stages(long journeyId) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", journeyId);
        List<Optional<String>> journey = jdbc.query(
                "select segment from journey where id = :id", params, (rs, i) -> Optional.ofNullable(rs.getString(1)));
        if (journey.isEmpty()) {
            return Optional.empty();
        }
        List<StageRef> stages = jdbc.query(
                "select id, phase from journey_stage where journey_id = :id order by position, id",
                params,
                (rs, i) -> new StageRef(rs.getLong(1), JourneyPhase.valueOf(rs.getString(2))));
        return Optional.of(new JourneyStages(journey.getFirst().orElse(null), stages));
    }

    record StageRef(long id, JourneyPhase phase) {}

    record JourneyStages(@Nullable String segment, List<StageRef> stages) {}
}

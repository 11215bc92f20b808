package se.kundlofte.journey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.customer.Segment;

/** The read side of journeys in SQL. */
@Component
class JourneyQueries {

    private static final String STAGE = "select s.id, s.version, s.journey_id, s.position, s.name, s.phase, "
            + "s.customer_does, s.customer_thinks, s.emotion, s.touchpoints, s.owner_department, s.coverage, "
            + "s.pain_points, s.opportunities, s.updated_at, s.updated_by_name from journey_stage s ";

    private static final String OBSERVATION = "select o.id, o.journey_stage_id, o.observed_on, u.full_name, "
            + "o.customer_id, c.name as customer_name, o.place, o.what_happened, o.insight "
            + "from journey_observation o join app_user u on u.id = o.observer_id "
            + "left join customer c on c.id = o.customer_id ";

    private final NamedParameterJdbcTemplate jdbc;

    JourneyQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every journey, the standard one first, with its stage count and its structural gaps counted in SQL. */
    List<JourneyListItem> list() {
        return jdbc.query(
                "select j.id, j.name, j.segment, j.standard, count(s.id) as stages, "
                        + "coalesce(sum(case when s.owner_department is null or s.coverage = 'NOT_COVERED' "
                        + "then 1 else 0 end), 0) as gaps "
                        + "from journey j left join journey_stage s on s.journey_id = j.id "
                        + "group by j.id, j.name, j.segment, j.standard "
                        + "order by j.standard desc, j.name, j.id",
                (rs, i) -> new JourneyListItem(
                        rs.getLong("id"),
                        rs.getString("name"),
                        segment(rs.getString("segment")),
                        rs.getBoolean("standard"),
                        rs.getInt("stages"),
                        rs.getInt("gaps")));
    }

    Optional<JourneyDetails> details(long id) {
        return jdbc
                .query(
                        "select id, version, name, description, segment, standard, gap_failure_percent "
                                + "from journey where id = :id",
                        new MapSqlParameterSource("id", id),
                        (rs, i) -> new JourneyDetails(
                                rs.getLong("id"),
                                rs.getLong("version"),
                                rs.getString("name"),
                                rs.getString("description"),
                                segment(rs.getString("segment")),
                                rs.getBoolean("standard"),
                                rs.getInt("gap_failure_percent")))
                .stream()
                .findFirst();
    }

    List<StageItem> stages(long journeyId) {
        return jdbc.query(
                STAGE + "where s.journey_id = :journey order by s.position, s.id",
                new MapSqlParameterSource("journey", journeyId),
                (rs, i) -> stage(rs));
    }

    Optional<StageItem> stage(long stageId) {
        return jdbc
                .query(STAGE + "where s.id = :id", new MapSqlParameterSource("id", stageId), (rs, i) -> stage(rs))
                .stream()
                .findFirst();
    }

    /** A page of the journey's observations, newest first. */
    List<ObservationItem> observations(long journeyId, int offset, int limit) {
        return jdbc.query(
                OBSERVATION + "join journey_stage s on s.id = o.journey_stage_id where s.journey_id = :journey "
                        + "order by o.observed_on desc, o.id desc limit :limit offset :offset",
                new MapSqlParameterSource("journey", journeyId)
                        .addValue("limit", limit)
                        .addValue("offset", offset),
                (rs, i) -> observation(rs));
    }

    int observationCountOfJourney(long journeyId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from journey_observation o join journey_stage s on s.id = o.journey_stage_id "
                        + "where s.journey_id = :journey",
                new MapSqlParameterSource("journey", journeyId),
                Integer.class);
        return count == null ? 0 : count;
    }

    Optional<ObservationItem> observationById(long id) {
        return jdbc
                .query(
                        OBSERVATION + "where o.id = :id",
                        new MapSqlParameterSource("id", id),
                        (rs, i) -> observation(rs))
                .stream()
                .findFirst();
    }

    List<ObservationItem> observationsOfStage(long stageId) {
        return jdbc.query(
                OBSERVATION + "where o.journey_stage_id = :stage order by o.observed_on desc, o.id desc",
                new MapSqlParameterSource("stage", stageId),
                (rs, i) -> observation(rs));
    }

    long observationCount(java.util.Collection<Long> stageIds) {
        if (stageIds.isEmpty()) {
            return 0;
        }
        Long count = jdbc.queryForObject(
                "select count(*) from journey_observation where journey_stage_id in (:stages)",
                new MapSqlParameterSource("stages", stageIds),
                Long.class);
        return count == null ? 0 : count;
    }

    private static StageItem stage(ResultSet rs) throws SQLException {
        Object emotion = rs.getObject("emotion");
        String coverage = rs.getString("coverage");
        Timestamp updated = rs.getTimestamp("updated_at");
        return new StageItem(
                rs.getLong("id"),
                rs.getLong("version"),
                rs.getLong("journey_id"),
                rs.getInt("position"),
                rs.getString("name"),
                JourneyPhase.valueOf(rs.getString("phase")),
                new StageContent(
                        rs.getString("customer_does"),
                        rs.getString("customer_thinks"),
                        emotion == null ? null : ((Number) emotion).intValue(),
                        rs.getString("touchpoints"),
                        rs.getString("owner_department"),
                        coverage == null ? null : Coverage.valueOf(coverage),
                        rs.getString("pain_points"),
                        rs.getString("opportunities")),
                updated == null ? null : updated.toInstant(),
                rs.getString("updated_by_name"));
    }

    private static ObservationItem observation(ResultSet rs) throws SQLException {
        Object customer = rs.getObject("customer_id");
        return new ObservationItem(
                rs.getLong("id"),
                rs.getLong("journey_stage_id"),
                rs.getDate("observed_on").toLocalDate(),
                rs.getString("full_name"),
                customer == null ? null : ((Number) customer).longValue(),
                rs.getString("customer_name"),
                rs.getString("place"),
                rs.getString("what_happened"),
                rs.getString("insight"));
    }

    private static Segment segment(String code) {
        return code == null ? null : Segment.valueOf(code);
    }
}

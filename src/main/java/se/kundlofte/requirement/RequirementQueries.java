package se.kundlofte.requirement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.db.Like;
import se.kundlofte.customer.CustomerRole;

/**
 * The read side of requirements in SQL: the board (cards and counts of every column in one
 * statement, with a window function), the requirement page and the customer page section.
 */
@Component
class RequirementQueries {

    /** Priority score in SQL, the same formula as {@link Priority#score}. */
    private static final String SCORE = "round((r.customer_value + r.risk) * 10 / "
            + "case r.effort when 'S' then 1 when 'M' then 2 when 'L' then 3 when 'XL' then 5 end)";

    private final NamedParameterJdbcTemplate jdbc;
    private final BusinessTime time;

    RequirementQueries(NamedParameterJdbcTemplate jdbc, BusinessTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** Cards of every column (the top {@code limits} by critical flag and rank) with counts. */
    Map<Stage, List<BoardCard>> board(BoardFilter filter, Map<Stage, Integer> limits, Map<Stage, Integer> counts) {
        Map<Stage, Integer> all = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            all.put(stage, limits.getOrDefault(stage, 0));
        }
        return board(filter, all, counts, 0);
    }

    /**
     * Cards of the columns in {@code limits} only, from position {@code offset} (0 = top), and the
     * count of each of those columns: one statement, so that a move re-reads just the columns it
     * touched. A column with no row in the result has no card matching the filter.
     */
    Map<Stage, List<BoardCard>> board(
            BoardFilter filter, Map<Stage, Integer> limits, Map<Stage, Integer> counts, int offset) {
        Map<Stage, List<BoardCard>> cards = new EnumMap<>(Stage.class);
        if (limits.isEmpty()) {
            return cards;
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = filterWhere(filter, params);
        where.add("r.stage in (:stages)");
        params.addValue("stages", limits.keySet().stream().map(Stage::name).toList());
        StringBuilder limitCase = new StringBuilder("case t.stage");
        for (Stage stage : Stage.values()) {
            limitCase
                    .append(" when '")
                    .append(stage.name())
                    .append("' then ")
                    .append(":limit")
                    .append(stage.name());
            params.addValue("limit" + stage.name(), limits.getOrDefault(stage, 0));
        }
        limitCase.append(" end");
        params.addValue("today", time.today());
        params.addValue("offset", offset);
        // Rank and count over the filtered rows first; names and overdue flags only for the shown cards.
        // At least one row per column carries its count, also for a collapsed column (limit 0).
        String sql = "select t.*, c.name as customer_name, u.full_name as owner_name, "
                + "exists (select 1 from requirement_action a where a.requirement_id = t.id and a.done = false "
                + "and a.due_date < :today) as overdue "
                + "from (select r.id, r.version, r.title, r.stage, r.critical, " + SCORE + " as score, "
                + "r.stage_entered_at, r.source, r.customer_id, r.owner_id, "
                + "row_number() over (partition by r.stage order by r.critical desc, r.board_rank, r.id) as rn, "
                + "count(*) over (partition by r.stage) as total "
                + "from requirement r"
                + (filter.text() != null && !filter.text().isBlank()
                        ? " left join customer c on c.id = r.customer_id"
                        : "")
                + " where " + String.join(" and ", where)
                + ") t left join customer c on c.id = t.customer_id left join app_user u on u.id = t.owner_id"
                + " where (t.rn > :offset and t.rn <= :offset + " + limitCase + ") or t.rn = 1"
                + " order by t.stage, t.rn";
        Instant now = time.now();
        limits.keySet().forEach(stage -> counts.put(stage, 0));
        jdbc.query(sql, params, rs -> {
            Stage stage = Stage.valueOf(rs.getString("stage"));
            counts.put(stage, rs.getInt("total"));
            long rn = rs.getLong("rn");
            if (rn > offset && rn <= offset + limits.getOrDefault(stage, 0)) {
                cards.computeIfAbsent(stage, s -> new ArrayList<>()).add(card(rs, stage, now));
            }
        });
        return cards;
    }

    /** The WIP limits that are set, by column: one statement, no entities. */
    Map<Stage, Integer> wipLimits() {
        Map<Stage, Integer> limits = new java.util.EnumMap<>(Stage.class);
        jdbc.query("select stage, wip_limit from board_column where wip_limit is not null", rs -> {
            limits.put(Stage.valueOf(rs.getString("stage")), rs.getInt("wip_limit"));
        });
        return limits;
    }

    /** Position (0 = top) of a card in its column under the filter, or -1 when the filter hides it. */
    int position(BoardFilter filter, Stage stage, long id) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = filterWhere(filter, params);
        where.add("r.stage = :stage");
        params.addValue("stage", stage.name()).addValue("id", id);
        List<Integer> found = jdbc.queryForList(
                "select t.rn - 1 from (select r.id, "
                        + "row_number() over (order by r.critical desc, r.board_rank, r.id) as rn from requirement r"
                        + (filter.text() != null && !filter.text().isBlank()
                                ? " left join customer c on c.id = r.customer_id"
                                : "")
                        + " where " + String.join(" and ", where) + ") t where t.id = :id",
                params,
                Integer.class);
        return found.isEmpty() ? -1 : found.getFirst();
    }

    private List<String> filterWhere(BoardFilter filter, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        if (filter.customerId() != null) {
            where.add("r.customer_id = :customerId");
            params.addValue("customerId", filter.customerId());
        }
        if (filter.ownerId() != null) {
            where.add("r.owner_id = :ownerId");
            params.addValue("ownerId", filter.ownerId());
        }
        if (filter.department() != null) {
            where.add(
                    "exists (select 1 from app_user_role ur where ur.user_id = r.owner_id and ur.role = :department)");
            params.addValue("department", filter.department());
        }
        if (filter.journeyStageId() != null) {
            where.add("r.journey_stage_id = :journeyStageId");
            params.addValue("journeyStageId", filter.journeyStageId());
        }
        if (filter.source() != null) {
            where.add("r.source = :source");
            params.addValue("source", filter.source().name());
        }
        if (filter.minDaysInStage() != null) {
            where.add("r.stage_entered_at <= :enteredBefore");
            params.addValue(
                    "enteredBefore", Timestamp.from(time.now().minus(Duration.ofDays(filter.minDaysInStage()))));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(r.title like :text or c.name like :text)");
            params.addValue("text", Like.contains(filter.text()));
        }
        if (filter.priority() != null) {
            where.add(
                    switch (filter.priority()) {
                        case CRITICAL -> "r.critical = true";
                        case HIGH -> "r.critical = false and " + SCORE + " >= " + Priority.HIGH_FROM;
                        case MEDIUM ->
                            "r.critical = false and " + SCORE + " >= " + Priority.MEDIUM_FROM + " and " + SCORE + " < "
                                    + Priority.HIGH_FROM;
                        case LOW -> "r.critical = false and " + SCORE + " < " + Priority.MEDIUM_FROM;
                        case UNSCORED -> "r.critical = false and " + SCORE + " is null";
                    });
        }
        return where;
    }

    private static BoardCard card(ResultSet rs, Stage stage, Instant now) throws SQLException {
        Instant entered = rs.getTimestamp("stage_entered_at").toInstant();
        return new BoardCard(
                rs.getLong("id"),
                rs.getLong("version"),
                rs.getString("title"),
                stage,
                rs.getString("customer_name"),
                rs.getBoolean("critical"),
                intOrNull(rs, "score"),
                rs.getString("owner_name"),
                entered,
                Duration.between(entered, now).toDays(),
                rs.getBoolean("overdue"),
                Source.valueOf(rs.getString("source")));
    }

    Optional<RequirementDetails> details(long id) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        Set<CustomerRole> roles = EnumSet.noneOf(CustomerRole.class);
        jdbc.query("select role from requirement_affected_role where requirement_id = :id", params, rs -> {
            roles.add(CustomerRole.valueOf(rs.getString(1)));
        });
        List<RequirementDetails> found = jdbc.query(
                "select r.*, c.name as customer_name, u.full_name as owner_name from requirement r "
                        + "left join customer c on c.id = r.customer_id left join app_user u on u.id = r.owner_id where r.id = :id",
                params,
                (rs, i) -> new RequirementDetails(
                        rs.getLong("id"),
                        rs.getLong("version"),
                        rs.getString("title"),
                        rs.getString("description"),
                        (Long) rs.getObject("customer_id", Long.class),
                        rs.getString("customer_name"),
                        (Long) rs.getObject("industry_id", Long.class),
                        Source.valueOf(rs.getString("source")),
                        rs.getString("source_reference"),
                        rs.getBoolean("formal"),
                        rs.getString("journey_stage"),
                        roles,
                        (Long) rs.getObject("owner_id", Long.class),
                        rs.getString("owner_name"),
                        rs.getObject("due_date", LocalDate.class),
                        Stage.valueOf(rs.getString("stage")),
                        rs.getTimestamp("stage_entered_at").toInstant(),
                        rs.getBoolean("critical"),
                        enumOf(Answer.class, rs.getString("applies")),
                        rs.getString("applies_why"),
                        enumOf(Answer.class, rs.getString("realistic")),
                        rs.getString("realistic_why"),
                        rs.getString("constraints_note"),
                        enumOf(Effort.class, rs.getString("effort")),
                        (Integer) rs.getObject("customer_value", Integer.class),
                        (Integer) rs.getObject("risk", Integer.class),
                        rs.getString("indicator"),
                        rs.getString("target"),
                        rs.getObject("next_review", LocalDate.class),
                        rs.getString("rejection_reason"),
                        rs.getBoolean("rejection_communicated"),
                        rs.getTimestamp("created_at").toInstant(),
                        (Long) rs.getObject("journey_stage_id", Long.class)));
        return found.stream().findFirst();
    }

    List<RequirementSummary> search(String text, org.springframework.data.domain.Pageable page) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("limit", Math.min(page.getPageSize(), 100))
                .addValue("offset", page.getOffset());
        String where = "";
        if (text != null && !text.isBlank()) {
            where = " where r.title like :text";
            params.addValue("text", Like.contains(text));
        }
        return jdbc.query(
                "select r.id, r.title, r.stage, r.critical, " + SCORE + " as score from requirement r" + where
                        + " order by r.id desc limit :limit offset :offset",
                params,
                (rs, i) -> new RequirementSummary(
                        rs.getLong("id"),
                        rs.getString("title"),
                        Stage.valueOf(rs.getString("stage")),
                        rs.getBoolean("critical"),
                        intOrNull(rs, "score")));
    }

    /** A customer's requirements for the customer page, in lifecycle order. */
    List<RequirementSummary> forCustomer(long customerId) {
        return summaries("r.customer_id = :customerId", new MapSqlParameterSource("customerId", customerId));
    }

    /** The requirements with these ids (those that still exist), in lifecycle order. */
    List<RequirementSummary> summaries(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return summaries("r.id in (:ids)", new MapSqlParameterSource("ids", ids));
    }

    private List<RequirementSummary> summaries(String where, MapSqlParameterSource params) {
        return jdbc.query(
                "select r.id, r.title, r.stage, r.critical, " + SCORE + " as score from requirement r where " + where
                        + " order by r.critical desc, r.board_rank, r.id",
                params,
                (rs, i) -> new RequirementSummary(
                        rs.getLong("id"),
                        rs.getString("title"),
                        Stage.valueOf(rs.getString("stage")),
                        rs.getBoolean("critical"),
                        intOrNull(rs, "score")));
    }

    /** Requirements per journey stage and lifecycle stage, for these journey stages: one GROUP BY. */
    List<JourneyStageCount> countsByJourneyStage(java.util.Collection<Long> journeyStageIds) {
        if (journeyStageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select r.journey_stage_id, r.stage, count(*) from requirement r "
                        + "where r.journey_stage_id in (:ids) group by r.journey_stage_id, r.stage",
                new MapSqlParameterSource("ids", journeyStageIds),
                (rs, i) -> new JourneyStageCount(rs.getLong(1), Stage.valueOf(rs.getString(2)), rs.getLong(3)));
    }

    /** How many requirements point at the journey stage. */
    long journeyStageReferences(java.util.Collection<Long> journeyStageIds) {
        if (journeyStageIds.isEmpty()) {
            return 0;
        }
        Long count = jdbc.queryForObject(
                "select count(*) from requirement where journey_stage_id in (:ids)",
                new MapSqlParameterSource("ids", journeyStageIds),
                Long.class);
        return count == null ? 0 : count;
    }

    /** Id and rank of each card of a column but one, in board order. */
    List<long[]> ranks(Stage stage, long excludedId) {
        return jdbc.query(
                "select id, board_rank from requirement where stage = :stage and id <> :excluded "
                        + "order by critical desc, board_rank, id",
                new MapSqlParameterSource("stage", stage.name()).addValue("excluded", excludedId),
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        java.math.BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.intValue();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}

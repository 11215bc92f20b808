package se.kundlofte.requirement;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A move in SQL, each step one statement: what the card is before any lock, the locks of its
 * columns and of its row, the ranks of its new neighbours and the write. Plain JDBC, because a move
 * touches four columns of one row and loading the whole entity (with its affected roles) cost more
 * than the move. Also renumbering a column's ranks in one batch (a rank is board order, not
 * content, and renumbering must not bump other cards' versions).
 */
@Repository
class BoardRankRepository {

    private final JdbcTemplate jdbc;

    BoardRankRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The card's stage and what its gates count (actions, communications), read before any lock. */
    record Seen(Stage stage, int actions, int communications) {}

    /** The card's row as locked for the move: its version and the answers the gates look at. */
    record LockedCard(
            Stage stage,
            long version,
            @Nullable Answer applies,
            @Nullable String appliesWhy,
            @Nullable Answer realistic,
            @Nullable String realisticWhy,
            @Nullable Integer customerValue,
            @Nullable Integer risk,
            @Nullable Effort effort,
            @Nullable String indicator,
            @Nullable LocalDate nextReview,
            @Nullable String rejectionReason) {}

    Optional<Seen> seen(long id) {
        return jdbc
                .query(
                        "select r.stage, (select count(*) from requirement_action a where a.requirement_id = r.id), "
                                + "(select count(*) from requirement_communication c where c.requirement_id = r.id) "
                                + "from requirement r where r.id = ?",
                        (rs, i) -> new Seen(Stage.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3)),
                        id)
                .stream()
                .findFirst();
    }

    /** Locks the column's row until the transaction ends. */
    void lockColumn(Stage stage) {
        jdbc.queryForList("select stage from board_column where stage = ? for update", String.class, stage.name());
    }

    /**
     * Locks both columns' rows in one statement (in primary key order, the same for every move, so
     * that two moves cannot deadlock on them) and answers the WIP limit of {@code target}, or null.
     */
    @Nullable
    Integer lockColumns(Stage from, Stage target) {
        Integer[] limit = {null};
        jdbc.query(
                "select stage, wip_limit from board_column where stage in (?, ?) order by stage for update",
                rs -> {
                    if (rs.getString(1).equals(target.name())) {
                        limit[0] = (Integer) rs.getObject(2, Integer.class);
                    }
                },
                from.name(),
                target.name());
        return limit[0];
    }

    /** Locks the card's row (after its columns) and reads what the move checks. */
    Optional<LockedCard> lockCard(long id) {
        return jdbc
                .query(
                        "select stage, version, applies, applies_why, realistic, realistic_why, customer_value, risk, "
                                + "effort, indicator, next_review, rejection_reason from requirement where id = ? for update",
                        (rs, i) -> new LockedCard(
                                Stage.valueOf(rs.getString("stage")),
                                rs.getLong("version"),
                                enumOf(Answer.class, rs.getString("applies")),
                                rs.getString("applies_why"),
                                enumOf(Answer.class, rs.getString("realistic")),
                                rs.getString("realistic_why"),
                                (Integer) rs.getObject("customer_value", Integer.class),
                                (Integer) rs.getObject("risk", Integer.class),
                                enumOf(Effort.class, rs.getString("effort")),
                                rs.getString("indicator"),
                                rs.getObject("next_review", LocalDate.class),
                                rs.getString("rejection_reason")),
                        id)
                .stream()
                .findFirst();
    }

    /** How many cards a column holds (for its WIP limit). */
    int countInStage(Stage stage) {
        return jdbc.queryForObject("select count(*) from requirement where stage = ?", Integer.class, stage.name());
    }

    /** The ranks of the card a moved card goes before ({@code next}) and of the card above it (null: none). */
    record Neighbours(long next, @Nullable Long previous) {}

    /**
     * The ranks around the place before {@code beforeId} in board order (critical first, then rank,
     * then id), the moving card left out; empty when {@code beforeId} is not in the column.
     */
    Optional<Neighbours> neighbours(Stage stage, long beforeId, long movingId) {
        return jdbc
                .query(
                        "select b.board_rank, (select p.board_rank from requirement p where p.stage = b.stage "
                                + "and p.id <> ? and p.id <> b.id and (p.critical > b.critical or "
                                + "(p.critical = b.critical and (p.board_rank < b.board_rank or "
                                + "(p.board_rank = b.board_rank and p.id < b.id)))) "
                                + "order by p.critical, p.board_rank desc, p.id desc limit 1) "
                                + "from requirement b where b.id = ? and b.stage = ? and b.id <> ?",
                        (rs, i) -> new Neighbours(rs.getLong(1), (Long) rs.getObject(2, Long.class)),
                        movingId,
                        beforeId,
                        stage.name(),
                        movingId)
                .stream()
                .findFirst();
    }

    /** The rank of the last card of the column in board order, the moving card left out; null when none. */
    @Nullable
    Long lastRank(Stage stage, long movingId) {
        return jdbc
                .queryForList(
                        "select board_rank from requirement where stage = ? and id <> ? "
                                + "order by critical, board_rank desc, id desc limit 1",
                        Long.class,
                        stage.name(),
                        movingId)
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** Writes the move; the caller holds the row lock and has checked the version. */
    void move(long id, Stage stage, @Nullable Instant enteredAt, long rank, Instant now) {
        if (enteredAt == null) {
            jdbc.update(
                    "update requirement set board_rank = ?, version = version + 1, updated_at = ? where id = ?",
                    rank,
                    Timestamp.from(now),
                    id);
        } else {
            jdbc.update(
                    "update requirement set stage = ?, stage_entered_at = ?, board_rank = ?, version = version + 1, "
                            + "updated_at = ? where id = ?",
                    stage.name(),
                    Timestamp.from(enteredAt),
                    rank,
                    Timestamp.from(now),
                    id);
        }
    }

    /** Rows of (board_rank, id, stage): a card that has left the column meanwhile keeps its rank. */
    void renumber(List<Object[]> ranks) {
        jdbc.batchUpdate("update requirement set board_rank = ? where id = ? and stage = ?", ranks);
    }

    private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}

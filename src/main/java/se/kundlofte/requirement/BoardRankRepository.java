package se.kundlofte.requirement;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Board order in SQL: the column lock that serialises moves, and renumbering a column's ranks in
 * one batch (JDBC, because a rank is board order, not content, and must not bump the version).
 */
@Repository
class BoardRankRepository {

    private final JdbcTemplate jdbc;

    BoardRankRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the column's row until the transaction ends. */
    void lockColumn(Stage stage) {
        jdbc.queryForList("select stage from board_column where stage = ? for update", String.class, stage.name());
    }

    /** Rows of (board_rank, id, stage): a card that has left the column meanwhile keeps its rank. */
    void renumber(List<Object[]> ranks) {
        jdbc.batchUpdate("update requirement set board_rank = ? where id = ? and stage = ?", ranks);
    }
}

package se.kundlofte.base.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Plain inserts for demo data, which fills an empty database once at start-up: many rows per
 * statement, so that the start-up budget holds. Table and column names come from code, never from
 * users; the values are always parameters.
 */
@Component
public class BatchInsert {

    /** Rows per multi-row insert: large enough to be fast, small enough for the packet size. */
    static final int ROWS_PER_STATEMENT = 1000;

    private final JdbcTemplate jdbc;

    BatchInsert(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the parameters of one insert. */
    @FunctionalInterface
    public interface Values {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Inserts the rows (values in column order) with multi-row statements. */
    public void rows(String table, List<String> columns, List<Object[]> rows) {
        String prefix = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
        String tuple = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> flat = new ArrayList<>();
            chunk.forEach(row -> Collections.addAll(flat, row));
            jdbc.update(prefix + String.join(",", Collections.nCopies(chunk.size(), tuple)), flat.toArray());
        }
    }

    /** Inserts one row and returns its generated id. */
    public long returningId(String sql, Values values) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                    values.set(statement);
                    return statement;
                },
                key);
        return key.getKey().longValue();
    }

    /** Runs one insert (or {@code insert ignore}) with the values as parameters. */
    public void row(String sql, Object... values) {
        jdbc.update(sql, values);
    }

    /**
     * Runs one update of demo rows, e.g. pointing rows of an earlier feature at what a later one
     * adds; returns the number of rows changed.
     */
    public int update(String sql, Object... values) {
        return jdbc.update(sql, values);
    }
}

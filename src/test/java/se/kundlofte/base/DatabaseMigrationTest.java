package se.kundlofte.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.test.IntegrationTest;

/**
 * The test context starts on an empty embedded MariaDB: Liquibase migrates it and Hibernate
 * validates the entities against the result (ddl-auto=validate), or the context would not start.
 */
@IntegrationTest
class DatabaseMigrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void liquibaseAppliedEveryChangesetToTheEmbeddedMariaDb() {
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("MariaDB");
        Integer applied = jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class);
        assertThat(applied).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForList("select id from DATABASECHANGELOG", String.class))
                .contains("base-1-charset", "users-1-app-user", "users-2-app-user-role");
    }

    @Test
    void tablesUseUtf8mb4WithSwedishCollation() {
        assertThat(jdbc.queryForObject(
                        "select table_collation from information_schema.tables where table_schema = database() and table_name = 'app_user'",
                        String.class))
                .isEqualTo("utf8mb4_swedish_ci");
        assertThat(jdbc.queryForObject(
                        "select default_collation_name from information_schema.schemata where schema_name = database()",
                        String.class))
                .isEqualTo("utf8mb4_swedish_ci");
    }

    @Test
    void swedishTextRoundTripsAndSortsAfterZ() {
        List<String> sorted = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            try (Statement statement = connection.createStatement()) {
                // A new table takes the database defaults, as every feature table will.
                statement.execute("create temporary table sort_check (n varchar(20))");
                statement.execute("insert into sort_check values ('Örjan'), ('Zlatan'), ('Åsa'), ('Anna'), ('Ängel')");
                List<String> names = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select n from sort_check order by n")) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                statement.execute("drop temporary table sort_check");
                return names;
            }
        });
        assertThat(sorted).containsExactly("Anna", "Zlatan", "Åsa", "Ängel", "Örjan");
    }

    @Test
    void theSessionRunsInUtc() {
        assertThat(jdbc.queryForObject("select @@time_zone", String.class)).isIn("+00:00", "UTC", "SYSTEM");
    }
}

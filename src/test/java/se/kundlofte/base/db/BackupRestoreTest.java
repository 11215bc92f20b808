package se.kundlofte.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.ScratchDatabase;

/**
 * The real db/backup.sh and db/restore.sh against the test's server: the embedded one with the
 * client programs it unpacked, or an external one with the client programs on PATH. The restored
 * copy must equal the original table by table, triggers included.
 */
@IntegrationTest
class BackupRestoreTest {

    private static final Path BACKUPS = Path.of("target", "backup-test");

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;

    private ScratchDatabase.Server server;
    private String clientDir;

    @BeforeEach
    void findServerAndClient() throws IOException {
        try (ScratchDatabase probe = ScratchDatabase.reserve(dataSource, environment, "probe")) {
            server = probe.server();
        }
        if (embedded.getIfAvailable() != null) {
            clientDir = new File(environment.getProperty("kundlofte.embedded-db.base-dir"), "bin").getAbsolutePath();
        } else {
            clientDir = onPath("mariadb-dump");
            Assumptions.assumeTrue(
                    clientDir != null && new File(clientDir, "mariadb").canExecute(),
                    "Backup test skipped: no mariadb and mariadb-dump on PATH (apt-get install mariadb-client)");
        }
        Files.createDirectories(BACKUPS);
    }

    @Test
    void backupRestoresIntoAnotherDatabaseWithEveryTableAndTrigger() throws Exception {
        // Data beyond the demo data, straight in SQL; the contact also passes through the triggers.
        jdbc.update("insert into customer (name, segment, notes, created_at, updated_at)"
                + " values ('Säkerhetskopia Åkeri AB', 'SMALL_BUSINESS', 'rad 1\nrad 2 \"citat\" \\\\ snedstreck',"
                + " now(6), now(6))");
        Long customerId = jdbc.queryForObject("select max(id) from customer", Long.class);
        jdbc.update(
                "insert into demand (channel_id, customer_id, customer_words, kind, logged_at, updated_at)"
                        + " values ((select min(id) from contact_channel), ?, 'Var är min faktura?', 'FAILURE',"
                        + " '2024-02-29 12:00:00', '2024-02-29 12:00:00')",
                customerId);
        try {
            backupAndRestore();
        } finally {
            jdbc.update("delete from demand where customer_id = ?", customerId);
            jdbc.update("delete from customer where id = ?", customerId);
        }
    }

    private void backupAndRestore() throws Exception {
        String original = jdbc.queryForObject("select database()", String.class);
        Path file = BACKUPS.resolve("backup-" + System.nanoTime() + ".sql.gz");

        Result backup = run(List.of("db/backup.sh", file.toString()), Map.of());
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        assertThat(backup.output()).contains("Backup written to " + file);
        assertThat(file).isNotEmptyFile();

        try (ScratchDatabase copy = ScratchDatabase.reserve(dataSource, environment, "restore")) {
            Result restore = run(List.of("db/restore.sh", "--into", copy.name(), file.toString()), Map.of());
            assertThat(restore.exitCode()).as(restore.output()).isZero();
            assertThat(restore.output()).contains("Restored:");

            List<String> tables = tables(original);
            assertThat(tables).contains("customer", "demand", "demand_day", "DATABASECHANGELOG");
            assertThat(tables(copy.name())).containsExactlyElementsOf(tables);
            for (String table : tables) {
                assertThat(count(copy.name(), table)).as(table).isEqualTo(count(original, table));
                assertThat(checksum(copy.name(), table)).as(table).isEqualTo(checksum(original, table));
            }
            assertThat(count(copy.name(), "customer")).isPositive();
            assertThat(triggers(copy.name()))
                    .hasSizeGreaterThanOrEqualTo(3)
                    .containsExactlyElementsOf(triggers(original));

            // The restored triggers work: a new contact is counted in the restored summaries.
            int before = jdbc.queryForObject(
                    "select coalesce(sum(contacts), 0) from `" + copy.name() + "`.demand_day where day = '2024-02-29'",
                    Integer.class);
            assertThat(before).isPositive();
            jdbc.update(
                    "insert into `" + copy.name() + "`.demand (channel_id, customer_words, kind, logged_at, updated_at)"
                            + " values ((select min(id) from `" + copy.name() + "`.contact_channel), 'Igen', 'FAILURE',"
                            + " '2024-02-29 13:00:00', '2024-02-29 13:00:00')");
            assertThat(jdbc.queryForObject(
                            "select sum(contacts) from `" + copy.name() + "`.demand_day where day = '2024-02-29'",
                            Integer.class))
                    .isEqualTo(before + 1);

            // A database with tables is never overwritten without --replace.
            Result refused = run(List.of("db/restore.sh", "--into", copy.name(), file.toString()), Map.of());
            assertThat(refused.exitCode()).as(refused.output()).isEqualTo(3);
            assertThat(refused.output()).contains("REFUSED");
            Result noTarget = run(List.of("db/restore.sh", file.toString()), Map.of());
            assertThat(noTarget.exitCode()).as(noTarget.output()).isEqualTo(64);

            // --replace drops the tables (and the contact added above) and restores the backup again.
            jdbc.execute("create table `" + copy.name() + "`.left_over (id int primary key)");
            Result replaced =
                    run(List.of("db/restore.sh", "--into", copy.name(), "--replace", file.toString()), Map.of());
            assertThat(replaced.exitCode()).as(replaced.output()).isZero();
            assertThat(tables(copy.name())).containsExactlyElementsOf(tables);
            assertThat(checksum(copy.name(), "demand")).isEqualTo(checksum(original, "demand"));
            assertThat(checksum(copy.name(), "demand_day")).isEqualTo(checksum(original, "demand_day"));
        }
    }

    @Test
    void anUnreachableServerFailsWithAHint() throws Exception {
        Result result = run(
                List.of("db/backup.sh", BACKUPS.resolve("never.sql").toString()),
                Map.of("KUNDLOFTE_DB_HOST", "127.0.0.1", "KUNDLOFTE_DB_PORT", "1"));
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.output()).contains("not reachable").contains("only while the portal runs");
        assertThat(BACKUPS.resolve("never.sql")).doesNotExist();
    }

    private record Result(int exitCode, String output) {}

    /** Runs a script from the project directory with the test server's connection settings. */
    private Result run(List<String> command, Map<String, String> overrides) throws Exception {
        List<String> bash = new ArrayList<>(List.of("bash"));
        bash.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(bash).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_") || name.startsWith("KUNDLOFTE_DB_"));
        env.put("KUNDLOFTE_DB_HOST", server.host());
        env.put("KUNDLOFTE_DB_PORT", String.valueOf(server.port()));
        env.put("KUNDLOFTE_DB_NAME", server.database());
        env.put("KUNDLOFTE_DB_USER", server.user());
        env.put("KUNDLOFTE_DB_PASSWORD", server.password());
        env.put("KUNDLOFTE_DB_CLIENT_DIR", clientDir);
        env.putAll(overrides);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        System.out.println("$ " + String.join(" ", command) + "\n" + text + "[exit " + process.exitValue() + "]");
        return new Result(process.exitValue(), text);
    }

    private List<String> tables(String database) {
        return jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'"
                        + " order by table_name",
                String.class,
                database);
    }

    private long count(String database, String table) {
        return jdbc.queryForObject("select count(*) from `" + database + "`.`" + table + "`", Long.class);
    }

    private Long checksum(String database, String table) {
        return jdbc.queryForObject(
                "checksum table `" + database + "`.`" + table + "`", (row, n) -> row.getObject(2, Long.class));
    }

    private List<String> triggers(String database) {
        return jdbc.queryForList(
                "select concat_ws(' | ', trigger_name, event_object_table, action_timing, event_manipulation,"
                        + " action_statement) from information_schema.triggers where trigger_schema = ? order by 1",
                String.class,
                database);
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return dir;
            }
        }
        return null;
    }
}

package se.kundlofte.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateToTagCommandStep;
import liquibase.command.core.ValidateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.ScratchDatabase;

/**
 * An installation of release 1 with data in it upgrades to the current schema: a separate
 * database on the test server is migrated up to the {@code release-1} tag, filled with plain SQL,
 * then upgraded the way the portal does at start. Also guards that released changesets are never
 * edited: what the tag applies must equal the recorded list (ids, authors, files, checksums).
 *
 * <p>When a later changeset deliberately transforms release-1 data (drops or rewrites a column),
 * adjust {@link #release1Data} or the snapshot rather than the released changesets.
 */
@IntegrationTest
class ReleaseUpgradeTest {

    static final String TAG = "release-1";
    static final String RECORDED = "released-changesets/release-1.tsv";

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void release1WithDataUpgradesToTheCurrentSchemaAndKeepsTheData() throws Exception {
        String changeLog = changeLogPath();
        try (ScratchDatabase db = ScratchDatabase.create(dataSource, environment, "upgrade")) {
            JdbcTemplate scratch = db.jdbc();

            withDatabase(db.dataSource(), database -> new CommandScope(UpdateToTagCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateToTagCommandStep.CHANGELOG_FILE_ARG, changeLog)
                    .addArgumentValue(UpdateToTagCommandStep.TAG_ARG, TAG)
                    .execute());

            List<String> appliedToTag = changeLogRows(scratch);
            assertThat(appliedToTag)
                    .as("release-1 changesets were edited, reordered or removed (or the tag moved). Released changesets"
                            + " must stay as shipped; put changes into new changesets after the tag. Recorded in "
                            + RECORDED + "; applied now:\n" + String.join("\n", appliedToTag))
                    .containsExactlyElementsOf(recordedRelease1());
            assertThat(scratch.queryForObject("select tag from DATABASECHANGELOG where id = 'release-1'", String.class))
                    .isEqualTo(TAG);

            Map<String, List<String>> release1Columns = columnsByTable(scratch, db.name());
            insertRelease1Data(scratch);
            Map<String, List<List<Object>>> before = snapshot(scratch, release1Columns);
            assertThat(before.get("requirement_history")).hasSize(3);
            assertThat(before.get("demand_day"))
                    .as("the release-1 triggers kept the summary")
                    .hasSize(2);

            // The upgrade as the portal runs it at start: Spring's Liquibase on the configured changelog.
            SpringLiquibase upgrade = new SpringLiquibase();
            upgrade.setDataSource(db.dataSource());
            upgrade.setChangeLog(environment.getProperty("spring.liquibase.change-log"));
            upgrade.setResourceLoader(new DefaultResourceLoader());
            upgrade.afterPropertiesSet();

            assertThat(snapshot(scratch, release1Columns))
                    .as("release-1 data after the upgrade")
                    .isEqualTo(before);
            assertStagesPointAtTheStandardJourney(scratch);

            List<String> expected = new ArrayList<>();
            withDatabase(db.dataSource(), database -> {
                for (ChangeSet changeSet : parse(changeLog, database).getChangeSets()) {
                    expected.add(changeSet.getId() + "\t" + changeSet.getAuthor() + "\t" + changeSet.getFilePath());
                }
            });
            assertThat(scratch.queryForList(
                            "select concat_ws('\t', id, author, filename) from DATABASECHANGELOG order by orderexecuted",
                            String.class))
                    .as("every changeset of the current changelog is applied, in changelog order")
                    .containsExactlyElementsOf(expected);
            assertThat(scratch.queryForObject(
                            "select count(*) from DATABASECHANGELOG where exectype <> 'EXECUTED'", Integer.class))
                    .isZero();

            // Checksums of everything applied match the changelog files.
            withDatabase(db.dataSource(), database -> new CommandScope(ValidateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, changeLog)
                    .execute());

            String contextDatabase = jdbc.queryForObject("select database()", String.class);
            assertThat(schema(db.name()))
                    .as("an upgraded release-1 database has the same schema as a fresh installation")
                    .isEqualTo(schema(contextDatabase));

            // The guard itself: an edited released changeset no longer validates.
            scratch.update("update DATABASECHANGELOG set md5sum = '9:00000000000000000000000000000000'"
                    + " where id = 'customers-3-customer'");
            assertThatThrownBy(() ->
                            withDatabase(db.dataSource(), database -> new CommandScope(ValidateCommandStep.COMMAND_NAME)
                                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                                    .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, changeLog)
                                    .execute()))
                    .hasStackTraceContaining("customers-3-customer");
        }
    }

    @Test
    void theRunningDatabaseWasMigratedWithTheReleasedChangesetsUnchanged() throws IOException {
        List<String> recorded = recordedRelease1();
        assertThat(recorded).last().asString().startsWith(TAG + "\t");
        List<String> applied = changeLogRows(jdbc).subList(0, recorded.size());
        assertThat(applied).containsExactlyElementsOf(recorded);
    }

    /**
     * The journey migration: the standard journey has one stage per phase, in the phases' order, and
     * every requirement and contact that had a stage points at the standard journey's stage of that
     * phase; rows without a stage stay without one.
     */
    private static void assertStagesPointAtTheStandardJourney(JdbcTemplate db) {
        assertThat(db.queryForList(
                        "select s.phase from journey_stage s join journey j on j.id = s.journey_id"
                                + " where j.standard order by s.position",
                        String.class))
                .containsExactlyElementsOf(Arrays.stream(JourneyPhase.values())
                        .map(JourneyPhase::name)
                        .toList());
        assertThat(db.queryForObject("select count(*) from journey", Integer.class))
                .isOne();
        String pointed = "select x.id, x.journey_stage, s.phase from %s x"
                + " left join journey_stage s on s.id = x.journey_stage_id order by x.id";
        assertThat(db.query(
                        pointed.formatted("requirement"),
                        (row, n) -> Arrays.asList(row.getLong(1), row.getString(2), row.getString(3))))
                .containsExactly(
                        Arrays.asList(1L, "DELIVERY_INSTALLATION", "DELIVERY_INSTALLATION"),
                        Arrays.asList(2L, null, null));
        assertThat(db.query(
                        pointed.formatted("demand"),
                        (row, n) -> Arrays.asList(row.getLong(1), row.getString(2), row.getString(3))))
                .containsExactly(
                        Arrays.asList(1L, "DELIVERY_INSTALLATION", "DELIVERY_INSTALLATION"),
                        Arrays.asList(2L, null, null));
    }

    /** Rows of release 1's main tables, in plain SQL as an installation of release 1 holds them. */
    private static void insertRelease1Data(JdbcTemplate db) {
        db.batchUpdate(
                """
                insert into app_user (id, username, full_name, email, department, password_hash, active, preferred_language)
                values (1, 'anna', 'Anna Åström', 'anna@example.se', 'Sälj', '{noop}x', true, 'sv'),
                       (2, 'olle', 'Olle Öberg', 'olle@example.se', 'Produkt', '{noop}y', false, null)""",
                "insert into app_user_role (user_id, role) values (1, 'SALES'), (1, 'ADMIN'), (2, 'PRODUCT_DEVELOPMENT')",
                """
                insert into customer (id, name, org_number, industry_id, segment, key_account, owner_id, notes, archived,
                                      created_at, updated_at)
                values (1, 'Älvsby Bygg AB', '556000-0001', (select id from industry where name_en = 'Construction'),
                        'ENTERPRISE', true, 1, 'Ramavtal – förnyas i maj', false, '2025-01-02 08:00:00', '2025-03-04 09:30:00.123456'),
                       (2, 'Zeta Vård', null, null, 'PUBLIC_SECTOR', false, null, null, true,
                        '2025-02-01 10:00:00', '2025-02-01 10:00:00')""",
                """
                insert into stakeholder (id, customer_id, name, title, email, phone, primary_contact)
                values (1, 1, 'Åsa Ek', 'Inköpschef', 'asa@alvsby.se', '+46 70 123 45 67', true),
                       (2, 1, 'Per Lind', null, null, null, false)""",
                "insert into stakeholder_role (stakeholder_id, role) values (1, 'DECISION_MAKER'), (1, 'PAYER'), (2, 'USER')",
                """
                insert into need (id, customer_id, title, description, kind)
                values (1, 1, 'Leverans i tid', 'Byggstart styr allt', 'DIRECT'), (2, 1, 'Nöjda hyresgäster', null, 'INDIRECT')""",
                """
                insert into requirement (id, title, description, customer_id, industry_id, source, source_reference, formal,
                    journey_stage, owner_id, due_date, stage, stage_entered_at, board_rank, critical, applies, applies_why,
                    realistic, realistic_why, effort, customer_value, risk, indicator, target, next_review,
                    created_at, created_by, updated_at)
                values (1, 'Leveransbesked inom 24 timmar', 'Kunden vill veta leveransdag', 1, null, 'AGREEMENT', 'Avtal 2025-17',
                    true, 'DELIVERY_INSTALLATION', 2, '2025-06-30', 'ACTIONS', '2025-03-01 12:00:00', 1000, true, 'YES', 'Gäller alla',
                    'PARTLY', 'Kräver nytt system', 'M', 4, 2, 'Andel besked inom 24 h', '95 %', '2025-09-01',
                    '2025-02-10 09:00:00', 1, '2025-03-01 12:00:00'),
                    (2, 'Faktura per projekt', null, null, (select id from industry where name_en = 'Construction'), 'CUSTOMER_FEEDBACK',
                    null, false, null, null, null, 'IDENTIFIED', '2025-03-02 08:00:00', 2000, false, null, null, null, null,
                    null, null, null, null, null, null, '2025-03-02 08:00:00', 2, '2025-03-02 08:00:00')""",
                "insert into requirement_affected_role (requirement_id, role) values (1, 'DECISION_MAKER'), (1, 'USER')",
                """
                insert into requirement_action (id, requirement_id, type, description, owner_id, due_date, done, done_at)
                values (1, 1, 'PROCESS', 'Rutin för leveransbesked', 2, '2025-04-01', true, '2025-03-20 15:00:00'),
                       (2, 1, 'NEW_FEATURE', 'Besked i kundportalen', 2, '2025-05-15', false, null)""",
                """
                insert into requirement_communication (id, requirement_id, recipients, channel, communicated_on, summary, recorded_by)
                values (1, 1, 'Åsa Ek', 'MEETING', '2025-03-25', 'Vi lovar besked inom 24 timmar från 1 april', 1)""",
                """
                insert into requirement_history (requirement_id, changed_at, changed_by, changed_by_name, field, old_value, new_value)
                values (1, '2025-02-10 09:00:00', 1, 'Anna Åström', 'stage', null, 'IDENTIFIED'),
                       (1, '2025-02-20 09:00:00', 2, 'Olle Öberg', 'stage', 'IDENTIFIED', 'ACTIONS'),
                       (1, '2025-02-20 09:01:00', 2, 'Olle Öberg', 'effort', null, 'M')""",
                "update board_column set wip_limit = 12 where stage = 'ACTIONS'",
                """
                insert into demand (id, channel_id, customer_id, customer_words, kind, cause_id, journey_stage,
                                    resolved_first_contact, requirement_id, logged_at, logged_by, updated_at)
                values (1, (select id from contact_channel where code = 'PHONE'), 1, 'När kommer leveransen?', 'FAILURE',
                        (select id from failure_cause where code = 'NOT_DONE'), 'DELIVERY_INSTALLATION', false, 1,
                        '2025-03-03 10:00:00', 1, '2025-03-03 10:00:00'),
                       (2, (select id from contact_channel where code = 'EMAIL'), null, 'Vill beställa mer', 'VALUE', null, null,
                        true, null, '2025-03-04 11:00:00', 1, '2025-03-04 11:00:00')""",
                """
                insert into cause_requirement (cause_id, requirement_id, linked_at)
                values ((select id from failure_cause where code = 'NOT_DONE'), 1, '2025-03-05 08:00:00')""");
    }

    /** Every table's release-1 columns (Liquibase's own tables aside), so added columns do not matter. */
    private static Map<String, List<String>> columnsByTable(JdbcTemplate db, String schema) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        db.query(
                "select table_name, column_name from information_schema.columns where table_schema = ?"
                        + " and table_name not like 'DATABASECHANGELOG%' order by table_name, ordinal_position",
                row -> {
                    columns.computeIfAbsent(row.getString(1), table -> new ArrayList<>())
                            .add(row.getString(2));
                },
                schema);
        assertThat(columns).containsKeys("app_user", "customer", "requirement", "demand", "demand_day");
        return columns;
    }

    private static Map<String, List<List<Object>>> snapshot(JdbcTemplate db, Map<String, List<String>> columnsByTable) {
        Map<String, List<List<Object>>> snapshot = new LinkedHashMap<>();
        columnsByTable.forEach((table, columns) -> {
            String list =
                    String.join(", ", columns.stream().map(c -> "`" + c + "`").toList());
            snapshot.put(table, db.query("select " + list + " from `" + table + "` order by " + list, (row, n) -> {
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    Object value = row.getObject(i);
                    values.add(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value);
                }
                return values;
            }));
        });
        return snapshot;
    }

    /** Columns, indexes and triggers of a database, without its name. */
    private List<String> schema(String database) {
        List<String> schema = new ArrayList<>(jdbc.queryForList(
                "select concat_ws(' | ', table_name, column_name, ordinal_position, column_type, is_nullable,"
                        + " ifnull(column_default, '-'), ifnull(collation_name, '-'), extra)"
                        + " from information_schema.columns where table_schema = ? order by 1",
                String.class,
                database));
        schema.addAll(jdbc.queryForList(
                "select concat_ws(' | ', table_name, index_name, seq_in_index, column_name, non_unique)"
                        + " from information_schema.statistics where table_schema = ? order by 1",
                String.class,
                database));
        schema.addAll(jdbc.queryForList(
                "select concat_ws(' | ', trigger_name, event_manipulation, event_object_table, action_timing,"
                        + " action_statement) from information_schema.triggers where trigger_schema = ? order by 1",
                String.class,
                database));
        schema.addAll(jdbc.queryForList(
                "select concat_ws(' | ', table_name, table_collation, engine) from information_schema.tables"
                        + " where table_schema = ? and table_type = 'BASE TABLE' order by 1",
                String.class,
                database));
        return schema;
    }

    private static List<String> changeLogRows(JdbcTemplate db) {
        return db.queryForList(
                "select concat_ws('\t', id, author, filename, md5sum) from DATABASECHANGELOG order by orderexecuted",
                String.class);
    }

    private static List<String> recordedRelease1() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                ReleaseUpgradeTest.class.getClassLoader().getResourceAsStream(RECORDED), RECORDED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }

    /** The configured changelog as Liquibase names it in DATABASECHANGELOG (without "classpath:"). */
    private String changeLogPath() {
        return environment.getProperty("spring.liquibase.change-log").replaceFirst("^classpath:", "");
    }

    private static DatabaseChangeLog parse(String changeLog, Database database) throws Exception {
        ResourceAccessor accessor = Scope.getCurrentScope().getResourceAccessor();
        return ChangeLogParserFactory.getInstance()
                .getParser(changeLog, accessor)
                .parse(changeLog, new ChangeLogParameters(database), accessor);
    }

    private interface DatabaseWork {
        void run(Database database) throws Exception;
    }

    /** Runs Liquibase work on one connection to the given database, reading changelogs from the classpath. */
    private static void withDatabase(DataSource target, DatabaseWork work) throws Exception {
        try (Connection connection = target.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(
                    Map.of(
                            Scope.Attr.resourceAccessor.name(),
                            new ClassLoaderResourceAccessor(ReleaseUpgradeTest.class.getClassLoader())),
                    () -> work.run(database));
        }
    }
}

package se.kundlofte.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.requirement.Stage;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.ScratchDatabase;

/**
 * WIP limit changes written before audit-3 named their column by the Stage ordinal; the changeset
 * re-points them to the stage's permanent code, and leaves every other audit row alone.
 */
@IntegrationTest
class BoardSubjectMigrationTest {

    static final String CHANGESET = "audit-3-board-subject-stage-code";

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Test
    void oldWipLimitHistoryPointsAtTheStageCodeAfterTheUpgrade() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(dataSource, environment, "boardsubject")) {
            migrate(db);
            JdbcTemplate jdbc = db.jdbc();
            // As an installation holds them before the changeset: subject_id is the ordinal.
            for (Stage stage : Stage.values()) {
                insert(jdbc, "BOARD", stage.ordinal(), stage.name());
            }
            insert(jdbc, "CUSTOMER", 2, "ACTIONS");
            jdbc.update("delete from DATABASECHANGELOG where id = ?", CHANGESET);

            migrate(db);

            Map<String, Long> board = Map.copyOf(
                    jdbc.query("select subject_label, subject_id from audit_event where subject_type = 'BOARD'", rs -> {
                        Map<String, Long> ids = new java.util.HashMap<>();
                        while (rs.next()) {
                            ids.put(rs.getString(1), rs.getLong(2));
                        }
                        return ids;
                    }));
            assertThat(board).hasSize(Stage.values().length);
            for (Stage stage : Stage.values()) {
                assertThat(board.get(stage.name())).as(stage.name()).isEqualTo(stage.code());
            }
            assertThat(jdbc.queryForList(
                            "select subject_id from audit_event where subject_type = 'CUSTOMER'", Long.class))
                    .isEqualTo(List.of(2L));
        }
    }

    @Test
    void stageCodesAreTheOnesTheChangesetWrote() {
        assertThat(java.util.Arrays.stream(Stage.values()).map(Stage::code).distinct())
                .hasSize(Stage.values().length);
        // The codes written by db/audit.sql; changing one would re-point history.
        assertThat(java.util.Arrays.stream(Stage.values()).map(Stage::code)).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    private static void insert(JdbcTemplate jdbc, String type, long id, String label) {
        jdbc.update(
                "insert into audit_event (changed_at, changed_by, changed_by_name, subject_type, subject_id,"
                        + " subject_label, field, coded, old_value, new_value)"
                        + " values ('2026-01-10 09:00:00', null, 'Anders Ström', ?, ?, ?, 'audit.field.wipLimit',"
                        + " false, '5', '8')",
                type,
                id,
                label);
    }

    private void migrate(ScratchDatabase db) throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(db.dataSource());
        liquibase.setChangeLog(environment.getProperty("spring.liquibase.change-log"));
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
    }
}

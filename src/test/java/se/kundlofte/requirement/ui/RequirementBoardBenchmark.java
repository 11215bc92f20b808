package se.kundlofte.requirement.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.requirement.BoardFilter;
import se.kundlofte.requirement.RequirementBoardService;
import se.kundlofte.requirement.Source;
import se.kundlofte.requirement.Stage;
import se.kundlofte.security.AppRoles;
import se.kundlofte.shell.StartView;
import se.kundlofte.test.KaribuTest;

/**
 * The board with 5,000 requirements: how many SQL statements opening it runs (read from the
 * server's own statement counter) and how long the query and the whole view take. Prints
 * figures; asserts nothing about time. Run with {@code ./mvnw -Pbenchmark verify}.
 */
@Tag("benchmark")
class RequirementBoardBenchmark extends KaribuTest {

    private static final int REQUIREMENTS = 5_000;
    private static final int RUNS = 25;
    private static final int MOVES = 200;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RequirementBoardService board;

    @Test
    void boardWithFiveThousandRequirements() {
        seed();
        loginAs(AppRoles.PRODUCT_DEVELOPMENT);
        Map<Stage, Integer> limits = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            limits.put(stage, RequirementBoardView.PAGE);
        }
        long total = jdbc.queryForObject("select count(*) from requirement", Long.class);
        System.out.printf(Locale.ROOT, "%nRequirement board benchmark: %,d requirements%n", total);

        board.board(BoardFilter.none(), limits);
        long before = questions();
        board.board(BoardFilter.none(), limits);
        long serviceStatements = questions() - before - 1;

        navigate(StartView.class);
        before = questions();
        navigate(RequirementBoardView.class);
        long viewStatements = questions() - before - 1;

        double[] query = time(() -> board.board(BoardFilter.none(), limits));
        double[] filtered = time(() -> board.board(
                BoardFilter.none()
                        .withDepartment("PRODUCT_DEVELOPMENT")
                        .withSource(Source.AGREEMENT)
                        .withMinDaysInStage(10)
                        .withText("kund"),
                limits));
        double[] view = time(() -> {
            navigate(StartView.class);
            navigate(RequirementBoardView.class);
        });
        RequirementBoardView open = currentView(RequirementBoardView.class);
        int cards = open.columns().stream().mapToInt(c -> c.cards().size()).sum();
        double[] rebuild = time(open::refresh);
        double[] startPage = time(() -> navigate(StartView.class));

        System.out.printf(
                Locale.ROOT,
                "SQL statements: board query %d, opening the whole view %d (constant: no N+1)%n",
                serviceStatements,
                viewStatements);
        System.out.printf(Locale.ROOT, "%-48s %9s %9s %9s%n", "", "median ms", "p90 ms", "max ms");
        print("board query (7 columns, top " + RequirementBoardView.PAGE + " each)", query);
        print("board query with 4 filters", filtered);
        // Under -Pbenchmark the view shares board reads for a second (as deployed), so these two
        // rows after the first run take the read from the run before: the board query's own cost
        // is in the rows above.
        print("refresh an open board (shared read + " + cards + " cards)", rebuild);
        print("open the board view from the start page (shared read)", view);
        print("  of which the start page (navigating away)", startPage);
        moves();
        System.out.println();
    }

    /**
     * The board's move in the service alone (the user is logged in before, no board is open):
     * between two columns to the bottom, and before a card of the target column, as a drop does.
     */
    private void moves() {
        List<Long> ids = jdbc.queryForList(
                "select id from requirement where stage = 'IDENTIFIED' and title like 'Benchmarkkrav%' "
                        + "order by critical desc, board_rank, id limit 50",
                Long.class);
        jdbc.update("update requirement set applies = 'YES', realistic = 'YES' where title like 'Benchmarkkrav%'");
        long before = questions();
        move(ids.getFirst(), false);
        move(ids.getFirst(), false);
        long statements = (questions() - before - 2) / 2;
        double[] toBottom = timeMoves(ids, false);
        double[] beforeACard = timeMoves(ids, true);
        System.out.printf(
                Locale.ROOT,
                "A move (service, %,d moves each, %d SQL statements with the commit):%n",
                MOVES,
                statements);
        System.out.printf(Locale.ROOT, "%-48s %9s %9s %9s%n", "", "median ms", "p95 ms", "max ms");
        printMoves("  Identified <-> Analysed, to the bottom", toBottom);
        printMoves("  Identified <-> Analysed, before the 3rd card", beforeACard);
    }

    private double[] timeMoves(List<Long> ids, boolean beforeACard) {
        double[] millis = new double[MOVES];
        for (int i = -20; i < MOVES; i++) {
            long id = ids.get(Math.floorMod(i, ids.size()));
            long nanos = move(id, beforeACard);
            if (i >= 0) {
                millis[i] = nanos / 1_000_000.0;
            }
        }
        Arrays.sort(millis);
        return millis;
    }

    /** Moves the card to the other of Identified and Analysed; answers the nanoseconds of the service call only. */
    private long move(long id, boolean beforeACard) {
        Map<String, Object> row = jdbc.queryForMap("select stage, version from requirement where id = ?", id);
        Stage target = Stage.valueOf((String) row.get("stage")) == Stage.IDENTIFIED ? Stage.ANALYSED : Stage.IDENTIFIED;
        long version = ((Number) row.get("version")).longValue();
        Long before = beforeACard
                ? jdbc.queryForObject(
                        "select id from requirement where stage = ? order by critical desc, board_rank, id limit 2, 1",
                        Long.class,
                        target.name())
                : null;
        long start = System.nanoTime();
        board.moveCard(id, version, target, before, true);
        return System.nanoTime() - start;
    }

    private static void printMoves(String name, double[] millis) {
        System.out.printf(
                Locale.ROOT,
                "%-48s %9.2f %9.2f %9.2f%n",
                name,
                millis[MOVES / 2],
                millis[(int) (MOVES * 0.95)],
                millis[MOVES - 1]);
    }

    private interface Action {
        void run();
    }

    private static double[] time(Action action) {
        for (int i = 0; i < 3; i++) {
            action.run();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void print(String name, double[] millis) {
        System.out.printf(
                Locale.ROOT,
                "%-48s %9.2f %9.2f %9.2f%n",
                name,
                millis[RUNS / 2],
                millis[(int) (RUNS * 0.9)],
                millis[RUNS - 1]);
    }

    private long questions() {
        return jdbc.queryForObject(
                "select variable_value from information_schema.global_status where variable_name = 'QUESTIONS'",
                Long.class);
    }

    private void seed() {
        List<Long> customers = jdbc.queryForList("select id from customer", Long.class);
        List<Long> owners = jdbc.queryForList("select id from app_user", Long.class);
        Stage[] stages = Stage.values();
        Source[] sources = Source.values();
        String[] efforts = {"S", "M", "L", "XL"};
        for (int batch = 0; batch < REQUIREMENTS / 500; batch++) {
            StringBuilder sql = new StringBuilder(
                    "insert into requirement (title, customer_id, source, owner_id, stage, "
                            + "stage_entered_at, board_rank, critical, effort, customer_value, risk, created_at, updated_at) values ");
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                int n = batch * 500 + i;
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,now() - interval ? day,?,?,?,?,?,now(),now())");
                args.add("Benchmarkkrav " + n + " för kund");
                args.add(n % 7 == 0 ? null : customers.get(n % customers.size()));
                args.add(sources[n % sources.length].name());
                args.add(owners.get(n % owners.size()));
                args.add(stages[n % stages.length].name());
                args.add(n % 90);
                args.add(1_000_000L + n * 1024L);
                args.add(n % 97 == 0);
                args.add(efforts[n % 4]);
                args.add(1 + n % 5);
                args.add(1 + (n / 5) % 5);
            }
            jdbc.update(sql.toString(), args.toArray());
        }
        jdbc.execute("analyze table requirement");
    }
}

package se.kundlofte.requirement.ui;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.requirement.Source;
import se.kundlofte.requirement.Stage;

/** Benchmark data: requirements spread over every column, customer, owner, source and age. */
final class BenchmarkRequirements {

    private BenchmarkRequirements() {}

    /** Adds benchmark requirements (in batches of 500) until the board holds {@code size}. */
    static void seedTo(JdbcTemplate jdbc, int size) {
        List<Long> customers = jdbc.queryForList("select id from customer", Long.class);
        List<Long> owners = jdbc.queryForList("select id from app_user", Long.class);
        Stage[] stages = Stage.values();
        Source[] sources = Source.values();
        String[] efforts = {"S", "M", "L", "XL"};
        int have = jdbc.queryForObject("select count(*) from requirement", Integer.class);
        for (int n = have; n < size; ) {
            int batch = Math.min(500, size - n);
            StringBuilder sql = new StringBuilder(
                    "insert into requirement (title, customer_id, source, owner_id, stage, "
                            + "stage_entered_at, board_rank, critical, effort, customer_value, risk, created_at, updated_at) values ");
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < batch; i++, n++) {
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

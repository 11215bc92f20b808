package se.kundlofte.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.promise.PromiseFilter;
import se.kundlofte.promise.PromiseHealthService;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.test.IntegrationTest;

/**
 * The promise register's health columns and a promise page with 200 promises, a year of weekly
 * fulfilment checks each and 1,000,000 contacts of a year, of which the failure contacts are
 * tagged "promise broken" now and then (a few promises far more often than the rest): the register's
 * first page as the view asks for it, one promise's health and monthly fulfilment, and the
 * drill-down behind a month and behind the health window. Prints median and p95; asserts nothing
 * about time. Run with {@code ./mvnw -Pbenchmark test -Dtest=PromiseBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
@WithUserDetails("admin")
class PromiseBenchmark {

    private static final int PROMISES = 200;
    private static final int WEEKS = 52;
    private static final int CONTACTS = 1_000_000;
    /** Contacts are generated in the database, this many per statement. */
    private static final int CHUNK = 100_000;

    private static final int RUNS = 40;

    @Autowired
    BusinessTime businessTime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PromiseService promises;

    @Autowired
    PromiseHealthService health;

    @Test
    void registerHealthAndDrillDownWithAMillionContacts() {
        long seedStart = System.nanoTime();
        seed();
        System.out.printf(
                Locale.ROOT,
                "%nPromise benchmark: %,d promises, %,d checks, %,d contacts of which %,d tagged with a promise"
                        + " (seeded in %d s)%n",
                count("select count(*) from promise"),
                count("select count(*) from promise_check"),
                count("select count(*) from demand"),
                count("select count(*) from demand where promise_id is not null"),
                (System.nanoTime() - seedStart) / 1_000_000_000);
        System.out.printf(Locale.ROOT, "%-58s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "max ms");

        LocalDate today = businessTime.today();
        // The register's grid asks for its first page of 50 with the view's own order.
        PageRequest firstPage = PageRequest.of(0, 50);
        measure("register: first page (50) with health", () -> promises.list(PromiseFilter.all(), firstPage));
        measure(
                "register: second page (50) with health",
                () -> promises.list(PromiseFilter.all(), PageRequest.of(1, 50)));
        measure(
                "register: search a word, with health",
                () -> promises.list(PromiseFilter.all().withText("leverans"), firstPage));
        measure("register: count", () -> promises.count(PromiseFilter.all()));

        long busiest = jdbc.queryForObject(
                "select promise_id from demand where promise_id is not null group by promise_id "
                        + "order by count(*) desc limit 1",
                Long.class);
        long quiet = jdbc.queryForObject(
                "select p.id from promise p left join demand d on d.promise_id = p.id "
                        + "where p.title like 'Benchmarklöfte%' group by p.id order by count(d.id), p.id limit 1",
                Long.class);
        System.out.printf(
                Locale.ROOT,
                "(busiest promise: %,d tagged contacts; quietest: %,d)%n",
                count("select count(*) from demand where promise_id = " + busiest),
                count("select count(*) from demand where promise_id = " + quiet));
        measure("promise page: details", () -> promises.get(busiest));
        measure("promise page: health (busiest promise)", () -> health.health(busiest));
        measure("promise page: fulfilment per month, 12 months (busiest)", () -> health.fulfilment(busiest));
        measure("promise page: health (quietest promise)", () -> health.health(quiet));
        measure("promise page: fulfilment per month (quietest)", () -> health.fulfilment(quiet));

        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        LocalDate monthFrom = lastMonth.atDay(1);
        LocalDate monthTo = lastMonth.atEndOfMonth();
        LocalDate windowFrom = today.minusDays(89);
        measure("drill-down, a month: checks (busiest)", () -> health.checks(busiest, monthFrom, monthTo));
        measure(
                "drill-down, a month: first page of contacts (busiest)",
                () -> health.contacts(busiest, monthFrom, monthTo, firstPage));
        measure("drill-down, 90 days: checks (busiest)", () -> health.checks(busiest, windowFrom, today));
        measure(
                "drill-down, 90 days: first page of contacts (busiest)",
                () -> health.contacts(busiest, windowFrom, today, firstPage));
        measure(
                "drill-down, 90 days: third page of contacts (busiest)",
                () -> health.contacts(busiest, windowFrom, today, PageRequest.of(2, 50)));

        long customer = jdbc.queryForObject("select min(id) from customer", Long.class);
        measure("customer page: promises that apply, with health", () -> promises.forCustomer(customer));
        System.out.println();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static void measure(String name, Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "%-58s %9.2f %9.2f %9.2f%n",
                name,
                millis[RUNS / 2],
                millis[(int) Math.ceil(RUNS * 0.95) - 1],
                millis[RUNS - 1]);
    }

    private void seed() {
        long seedStart = System.nanoTime();
        seedPromises();
        seedChecks();
        System.out.printf(
                Locale.ROOT, "(promises and checks seeded in %d ms)%n", (System.nanoTime() - seedStart) / 1_000_000);
        seedContacts();
        jdbc.execute("analyze table promise");
        jdbc.execute("analyze table promise_check");
        jdbc.execute("analyze table demand");
    }

    /** 200 promises with their first wording; most to everyone, some to a segment, windows of 30, 90 and 180 days. */
    private void seedPromises() {
        long owner = jdbc.queryForObject("select id from app_user where username = 'marketing'", Long.class);
        String[] subjects = {"leverans", "svarstid", "faktura", "installation", "support", "reservdelar", "jour"};
        int[] windows = {90, 90, 90, 30, 180};
        Random random = new Random(20);
        Timestamp now = Timestamp.from(Instant.now());
        Date validFrom = Date.valueOf(businessTime.today().minusYears(2));
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < PROMISES; i++) {
            String subject = subjects[random.nextInt(subjects.length)];
            boolean segment = random.nextDouble() < 0.2;
            args.add("Benchmarklöfte " + i + " om " + subject);
            args.add("Vi lovar " + subject + " inom utlovad tid, varje gång, löfte nummer " + i + ".");
            args.add(segment ? "SEGMENT" : "ALL");
            args.add(segment ? "PUBLIC_SECTOR" : null);
            args.add("WEBSITE");
            args.add(owner);
            args.add(validFrom);
            args.add(windows[random.nextInt(windows.length)]);
            args.add(now);
            args.add(now);
        }
        jdbc.update(
                "insert into promise (title, promise_text, scope, scope_segment, stated_where, owner_id, valid_from, "
                        + "window_days, created_at, updated_at) values "
                        + String.join(",", Collections.nCopies(PROMISES, "(?,?,?,?,?,?,?,?,?,?)")),
                args.toArray());
        jdbc.update("insert into promise_version (promise_id, version_no, title, promise_text, limits, changed_at, "
                + "changed_by_name) select id, 1, title, promise_text, limits, created_at, 'Benchmark' from promise "
                + "where title like 'Benchmarklöfte%'");
    }

    /** A check every week of the last year for every promise, a third for one customer, now and then disputed. */
    private void seedChecks() {
        List<Long> ids = jdbc.queryForList("select id from promise where title like 'Benchmarklöfte%'", Long.class);
        List<Long> customers = jdbc.queryForList("select id from customer", Long.class);
        Random random = new Random(21);
        LocalDate today = businessTime.today();
        Timestamp now = Timestamp.from(Instant.now());
        String sql = "insert into promise_check (promise_id, checked_on, customer_id, kept, customer_kept, evidence, "
                + "recorded_at) values " + String.join(",", Collections.nCopies(WEEKS, "(?,?,?,?,?,?,?)"));
        for (long id : ids) {
            double keptRate = 0.6 + random.nextDouble() * 0.4;
            List<Object> args = new ArrayList<>(WEEKS * 7);
            for (int week = 0; week < WEEKS; week++) {
                boolean kept = random.nextDouble() < keptRate;
                args.add(id);
                args.add(Date.valueOf(today.minusWeeks(week)));
                args.add(random.nextInt(3) == 0 ? customers.get(random.nextInt(customers.size())) : null);
                args.add(kept);
                args.add(random.nextInt(4) == 0 ? (random.nextInt(5) == 0 ? !kept : kept) : null);
                args.add("Veckokontroll " + week);
                args.add(now);
            }
            jdbc.update(sql, args.toArray());
        }
    }

    /**
     * A million contacts of the last year, made in the database (a statement per 100,000 rows, the
     * summaries kept by the triggers as in production) in the order they were logged, as a contact
     * log fills: 45 % failure demand, of which one in ten is tagged with a benchmark promise, the
     * first promises far more often than the last.
     */
    private void seedContacts() {
        long start = System.nanoTime();
        jdbc.execute("create table bench_digit (d int primary key)");
        jdbc.execute("insert into bench_digit values (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
        jdbc.execute("create table bench_channel (n int primary key, id bigint not null)");
        jdbc.execute("insert into bench_channel select row_number() over (order by id) - 1, id from contact_channel");
        jdbc.execute("create table bench_customer (n int primary key, id bigint not null)");
        jdbc.execute("insert into bench_customer select row_number() over (order by id) - 1, id from customer");
        jdbc.execute("create table bench_cause (n int primary key, id bigint not null)");
        jdbc.execute("insert into bench_cause select row_number() over (order by id) - 1, id from failure_cause");
        jdbc.execute("create table bench_promise (n int primary key, id bigint not null)");
        jdbc.execute("insert into bench_promise select row_number() over (order by id) - 1, id from promise "
                + "where title like 'Benchmarklöfte%'");
        try {
            long channels = count("select count(*) from bench_channel");
            long customers = count("select count(*) from bench_customer");
            long causes = count("select count(*) from bench_cause");
            long promiseCount = count("select count(*) from bench_promise");
            long yearSeconds = 365L * 24 * 3600;
            Timestamp yearAgo =
                    Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(yearSeconds));
            // Deterministic per row: CRC32 of the row number and a letter per property.
            String numbers = "select k, crc32(concat('a', k)) as h1, crc32(concat('b', k)) as h2, "
                    + "crc32(concat('c', k)) as h3, crc32(concat('d', k)) as h4, crc32(concat('e', k)) as h5, "
                    + "crc32(concat('g', k)) as h7, crc32(concat('h', k)) as h8 "
                    + "from (select ? + a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d as k "
                    + "from bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f) n";
            String sql = "insert into demand (channel_id, customer_id, customer_words, kind, cause_id, logged_at, "
                    + "updated_at, promise_id) select ch.id, cu.id, 'Benchmarkkontakt', "
                    + "case when x.h4 % 100 < 45 then 'FAILURE' when x.h4 % 100 < 50 then 'UNCLASSIFIED' "
                    + "else 'VALUE' end, ca.id, "
                    + "? + interval (x.k * ? div ?) second, ? + interval (x.k * ? div ?) second, pr.id "
                    + "from (" + numbers + ") x "
                    + "join bench_channel ch on ch.n = x.h1 % ? "
                    + "left join bench_customer cu on x.h2 % 100 < 70 and cu.n = x.h3 % ? "
                    + "left join bench_cause ca on x.h4 % 100 < 45 and ca.n = x.h5 % ? "
                    + "left join bench_promise pr on x.h4 % 100 < 45 and x.h7 % 100 < 10 "
                    + "and pr.n = floor(? * pow((x.h8 % 10000) / 10000, 2)) order by x.k";
            for (int chunk = 0; chunk < CONTACTS / CHUNK; chunk++) {
                long chunkStart = System.nanoTime();
                jdbc.update(
                        sql,
                        yearAgo,
                        yearSeconds,
                        CONTACTS,
                        yearAgo,
                        yearSeconds,
                        CONTACTS,
                        (long) chunk * CHUNK,
                        channels,
                        customers,
                        causes,
                        promiseCount);
                System.out.printf(
                        Locale.ROOT,
                        "(contacts %,d–%,d in %d ms)%n",
                        (long) chunk * CHUNK,
                        (long) (chunk + 1) * CHUNK,
                        (System.nanoTime() - chunkStart) / 1_000_000);
            }
        } finally {
            for (String table :
                    List.of("bench_digit", "bench_channel", "bench_customer", "bench_cause", "bench_promise")) {
                jdbc.execute("drop table if exists " + table);
            }
        }
        System.out.printf(Locale.ROOT, "(contacts seeded in %d s)%n", (System.nanoTime() - start) / 1_000_000_000);
    }
}

package se.kundlofte.requirement.ui;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.requirement.RequirementBoardService;
import se.kundlofte.requirement.Stage;
import se.kundlofte.test.DemoUsers;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;
import se.kundlofte.test.VaadinHttpUser;

/**
 * The board under many users, through the real HTTP protocol as Vaadin's browser client speaks
 * it (production mode under {@code -Pbenchmark}), with 5,000 requirements:
 * <ul>
 *   <li>the heap each session with the board open retains: N users log in and open the board
 *       (page, init, navigation, first card range of every column) and keep their sessions; used
 *       heap after full GCs before and after, divided by N; the same for the customer register,
 *       and the classes that grew most;
 *   <li>100 users opening the board at the same moment (all logged in first), three times, on a
 *       server warmed up by 1,000 board opens (see {@link #warmUp}); each open is timed from the
 *       moment all click, so a user whose request left late waits for it too;
 *   <li>100 users ramped up over 30 s, each visiting board, analysis and customers twice with
 *       10 s think time between pages.
 * </ul>
 * A page open is timed to the last answer of its requests. Prints figures; asserts nothing
 * about time. Run with {@code ./mvnw -Pbenchmark,production test -Dtest=RequirementBoardLoadBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class RequirementBoardLoadBenchmark {

    private static final int REQUIREMENTS = 5_000;
    private static final int SESSIONS = 100;
    private static final int WARM_UP = 20;
    private static final int USERS = 100;
    private static final long RAMP_MILLIS = 30_000;
    private static final long THINK_MILLIS = 10_000;
    private static final int ROUNDS = 2;
    private static final String BOARD = "column-IDENTIFIED";
    private static final String CUSTOMERS = "vaadin-grid";
    private static final String ANALYSIS = "ratio-chart";
    private static final String USER = "product";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    RequirementBoardService board;

    private final HttpClient client = VaadinHttpUser.sharedClient();

    @Test
    void theBoardUnderManyUsers() throws Exception {
        BenchmarkRequirements.seedTo(jdbc, REQUIREMENTS);
        System.out.printf(
                Locale.ROOT,
                "%nRequirement board under load (HTTP as Vaadin's client speaks it, production mode, %,d requirements)%n",
                jdbc.queryForObject("select count(*) from requirement", Integer.class));
        long card = jdbc.queryForObject(
                "select min(id) from requirement where stage = 'IDENTIFIED' and title like 'Benchmarkkrav%'",
                Long.class);
        jdbc.update("update requirement set applies = 'YES', realistic = 'YES' where id = ?", card);
        long alone = statementsOfMoves(card, 10);
        // Warm up: classes loaded, caches filled, code compiled, before anything is measured.
        for (int i = 0; i < WARM_UP; i++) {
            VaadinHttpUser user = loggedIn();
            check(user.open("board", BOARD));
            check(user.open("customers", CUSTOMERS));
            check(user.open("demand", ANALYSIS));
        }
        warmUp(Integer.getInteger("load.warmup", 1_000));
        if (part("sql")) {
            statementsOfOneOpen();
        }
        if (part("heap")) {
            retainedHeap("board", BOARD);
            movesWithBoardsOpen(card, alone, WARM_UP + SESSIONS);
            retainedHeap("customers", CUSTOMERS);
        }
        if (part("once")) {
            for (int i = 0; i < Integer.getInteger("load.rounds", 3); i++) {
                atTheSameMoment();
            }
        }
        if (part("ramped")) {
            ramped();
        }
        System.out.println();
    }

    /**
     * A server that has been running: {@code -Dload.warmup=N} board opens (default 1,000) on ten
     * threads, a newly logged-in user every ten opens, each leaving the page before opening it
     * again, as a reload does; the JIT compiler
     * compiles what a page open runs only after thousands of calls. The first rush after start,
     * without this, is the {@code -Dload.warmup=0} figure.
     */
    private void warmUp(int opens) throws Exception {
        if (opens <= 0) {
            return;
        }
        long start = System.nanoTime();
        AtomicInteger left = new AtomicInteger(opens);
        try (ExecutorService threads = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                threads.submit(() -> {
                    VaadinHttpUser user = null;
                    for (int opened = 0; left.getAndDecrement() > 0; opened++) {
                        // A new colleague every ten opens: a rush is mostly first page loads of new sessions.
                        if (opened % 10 == 0) {
                            user = loggedIn();
                        }
                        check(user.open("board", BOARD));
                        user.leave();
                    }
                    return null;
                });
            }
        }
        System.out.printf(
                Locale.ROOT,
                "Warmed up: %,d board opens, a new user every 10, in %.1f s%n",
                opens,
                (System.nanoTime() - start) / 1_000_000_000.0);
    }

    /**
     * Whether to run this part: {@code -Dload.parts=sql,heap,once,ramped} (the default is all of them);
     * {@code -Dload.rounds=N} sets how many rushes run (default 3).
     */
    private static boolean part(String name) {
        return List.of(System.getProperty("load.parts", "sql,heap,once,ramped").split(","))
                .contains(name);
    }

    /** The SQL one board open sends, from the server's general log. */
    private void statementsOfOneOpen() throws Exception {
        VaadinHttpUser user = loggedIn();
        jdbc.execute("set global log_output = 'TABLE'");
        jdbc.execute("truncate table mysql.general_log");
        jdbc.execute("set global general_log = 1");
        check(user.open("board", BOARD));
        jdbc.execute("set global general_log = 0");
        List<String> statements = jdbc.queryForList(
                "select convert(argument using utf8mb4) from mysql.general_log where command_type in ('Query', 'Execute')"
                        + " order by event_time",
                String.class);
        System.out.println("SQL of one board open (" + statements.size() + " statements):");
        statements.forEach(sql -> System.out.println("  " + sql.replaceAll("\\s+", " ")));
    }

    /** N users log in and open the page; their sessions stay open while the heap is measured. */
    private void retainedHeap(String route, String marker) throws Exception {
        List<VaadinHttpUser> open = new ArrayList<>();
        long before = usedHeapAfterGc();
        Map<String, long[]> histogramBefore = histogram();
        long bytes = 0;
        for (int i = 0; i < SESSIONS; i++) {
            VaadinHttpUser user = loggedIn();
            bytes += check(user.open(route, marker)).bytes();
            open.add(user);
        }
        long after = usedHeapAfterGc();
        Map<String, long[]> histogramAfter = histogram();
        System.out.printf(
                Locale.ROOT,
                "Heap retained per session with %s open: %,d KB (%d sessions, full GC before and after;"
                        + " %,d bytes received per open, uncompressed)%n",
                route,
                (after - before) / SESSIONS / 1024,
                SESSIONS,
                bytes / SESSIONS);
        printGrowth(histogramBefore, histogramAfter);
        if (open.size() != SESSIONS) {
            throw new IllegalStateException("sessions lost");
        }
    }

    /**
     * A move while these boards are open: the SQL statements every open board runs after it (from
     * the server's own counter) and the time of the service call, which hands the change to every
     * open board before it returns.
     */
    private void movesWithBoardsOpen(long card, long alone, int boards) {
        long withBoards = statementsOfMoves(card, 10);
        double[] millis = new double[20];
        RunAs.user(users, "product", () -> {
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                moveToTheOtherColumn(card);
                millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            }
        });
        settled();
        java.util.Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "A move with %d boards open: %.2f SQL statements per open board after the write;"
                        + " the service call median %.0f ms, max %.0f ms (no board open: %d statements)%n",
                boards,
                (withBoards - alone) / (double) boards,
                millis[millis.length / 2],
                millis[millis.length - 1],
                alone);
    }

    /** Statements per move (the server's counter, moves between Identified and Analysed). */
    private long statementsOfMoves(long card, int moves) {
        return RunAs.user(users, "product", () -> {
            long before = questions();
            for (int i = 0; i < moves; i++) {
                moveToTheOtherColumn(card);
            }
            // Open boards re-read on the broadcaster's thread: count once they are done.
            long after = settled();
            // Each move here also reads its version and stage first, and the counter reads itself.
            return (after - before) / moves - 1;
        });
    }

    private void moveToTheOtherColumn(long card) {
        Map<String, Object> row = jdbc.queryForMap("select stage, version from requirement where id = ?", card);
        Stage target = Stage.valueOf((String) row.get("stage")) == Stage.IDENTIFIED ? Stage.ANALYSED : Stage.IDENTIFIED;
        board.moveCard(card, ((Number) row.get("version")).longValue(), target, null, true);
    }

    /** The statement counter once it stands still (the open boards have re-read). */
    private long settled() {
        long last = questions();
        while (true) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            long now = questions();
            if (now - last <= 1) {
                return now;
            }
            last = now;
        }
    }

    private long questions() {
        return jdbc.queryForObject(
                "select variable_value from information_schema.global_status where variable_name = 'QUESTIONS'",
                Long.class);
    }

    /** All users logged in first; then every one opens the board at once. */
    private void atTheSameMoment() throws Exception {
        List<VaadinHttpUser> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(loggedIn());
        }
        // No full collection first: a server meets a rush with whatever its heap holds.
        CountDownLatch ready = new CountDownLatch(USERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicLong userThreadsCpu = new AtomicLong();
        AtomicLong clicked = new AtomicLong();
        long start;
        long cpu;
        long statements;
        long databaseCpu;
        long allocated;
        long gc;
        Map<String, Long> threadCpu;
        try (ExecutorService threads = Executors.newFixedThreadPool(USERS)) {
            for (VaadinHttpUser user : users) {
                threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    long own = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    // Timed from the moment all click, not from when this thread got to send.
                    timedOpen(user, "board", BOARD, millis, errors, clicked.get());
                    userThreadsCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - own);
                    return null;
                });
            }
            ready.await();
            statements = questions();
            databaseCpu = databaseCpuMillis();
            allocated = allocatedBytes();
            gc = gcMillis();
            threadCpu = cpuByThreadKind();
            cpu = processCpuNanos();
            start = System.nanoTime();
            clicked.set(start);
            go.countDown();
        }
        double wall = (System.nanoTime() - start) / 1_000_000.0;
        double cpuPerOpen = (processCpuNanos() - cpu) / 1_000_000.0 / USERS;
        double databaseCpuPerOpen = (databaseCpuMillis() - databaseCpu) / (double) USERS;
        double statementsPerOpen = (questions() - statements - 1) / (double) USERS;
        double megabytesPerOpen = (allocatedBytes() - allocated) / 1024.0 / 1024.0 / USERS;
        double gcPerOpen = (gcMillis() - gc) / (double) USERS;
        Map<String, Long> threadCpuAfter = cpuByThreadKind();
        print(USERS + " users opening the board at the same moment", millis, errors.get());
        System.out.printf(
                Locale.ROOT,
                "  all %d boards open after %.0f ms; CPU per open: portal JVM %.1f ms (server and client threads),"
                        + " database server %.1f ms; %.1f SQL statements and %.1f MB allocated in the JVM per open%n",
                USERS,
                wall,
                cpuPerOpen,
                databaseCpuPerOpen,
                statementsPerOpen,
                megabytesPerOpen);
        threadCpuAfter.merge("load client", userThreadsCpu.get(), Long::sum);
        StringBuilder split = new StringBuilder();
        threadCpuAfter.forEach((kind, nanos) -> split.append(String.format(
                Locale.ROOT, ", %s %.1f ms", kind, (nanos - threadCpu.getOrDefault(kind, 0L)) / 1_000_000.0 / USERS)));
        System.out.printf(
                Locale.ROOT,
                "  of it per open: collector pauses %.1f ms (wall time); CPU by thread kind (10 ms ticks)%s%n",
                gcPerOpen,
                split);
    }

    /**
     * CPU time of this JVM's live threads by kind, native ones included, from /proc (Linux): the
     * server's request threads, the HTTP client's threads, the collector, the JIT compilers, the
     * rest. The users' own threads are counted by themselves, as they end with the rush.
     */
    private static Map<String, Long> cpuByThreadKind() {
        Map<String, Long> byKind = new java.util.TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        try (var list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime (fields 14 and 15 of stat) in clock ticks of 10 ms
                    long nanos = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
                    String kind = name.startsWith("http-nio")
                            ? "server threads"
                            : name.startsWith("HttpClient")
                                    ? "load client"
                                    : name.startsWith("pool-")
                                            ? "ended"
                                            : name.startsWith("GC Thread") || name.startsWith("G1 ")
                                                    ? "collector"
                                                    : name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")
                                                            ? "JIT compilers"
                                                            : "other threads";
                    if (!kind.equals("ended")) {
                        byKind.merge(kind, nanos, Long::sum);
                        // of it in the kernel (system calls, and page faults when the heap grows)
                        byKind.merge(kind + " in kernel", Long.parseLong(fields[12]) * 10_000_000L, Long::sum);
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (java.io.IOException e) {
            return byKind;
        }
        return byKind;
    }

    /** Milliseconds the collectors report so far: pauses, and concurrent cycles where the collector counts them. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(bean -> Math.max(0, bean.getCollectionTime()))
                .sum();
    }

    /** Users arrive evenly over the ramp; each logs in, then visits board, analysis, customers in turn. */
    private void ramped() throws Exception {
        usedHeapAfterGc();
        Map<String, List<Double>> millis = new HashMap<>();
        for (String route : List.of("board", "demand", "customers")) {
            millis.put(route, Collections.synchronizedList(new ArrayList<>()));
        }
        List<Double> all = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newFixedThreadPool(USERS)) {
            for (int i = 0; i < USERS; i++) {
                long arrival = RAMP_MILLIS * i / USERS;
                threads.submit(() -> {
                    Thread.sleep(arrival);
                    VaadinHttpUser user = loggedIn();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (String route : List.of("board", "demand", "customers")) {
                            String marker =
                                    switch (route) {
                                        case "board" -> BOARD;
                                        case "demand" -> ANALYSIS;
                                        default -> CUSTOMERS;
                                    };
                            List<Double> times = new ArrayList<>();
                            timedOpen(user, route, marker, times, errors, System.nanoTime());
                            millis.get(route).addAll(times);
                            all.addAll(times);
                            Thread.sleep(THINK_MILLIS);
                        }
                    }
                    return null;
                });
            }
        }
        double wall = (System.nanoTime() - start) / 1_000_000_000.0;
        System.out.printf(
                Locale.ROOT,
                "%d users ramped up over %d s, think time %d s, %d rounds of board, analysis, customers (%.0f s in all):%n",
                USERS,
                RAMP_MILLIS / 1000,
                THINK_MILLIS / 1000,
                ROUNDS,
                wall);
        print("  every page open", all, errors.get());
        print("  board", millis.get("board"), -1);
        print("  analysis", millis.get("demand"), -1);
        print("  customers", millis.get("customers"), -1);
    }

    private static void timedOpen(
            VaadinHttpUser user, String route, String marker, List<Double> millis, AtomicInteger errors, long start) {
        try {
            VaadinHttpUser.Opened opened = user.open(route, marker);
            if (!opened.ok()) {
                errors.incrementAndGet();
                System.out.println("  error opening " + route + ": " + opened.problem());
            }
        } catch (Exception e) {
            errors.incrementAndGet();
            System.out.println("  error opening " + route + ": " + e);
        }
        millis.add((System.nanoTime() - start) / 1_000_000.0);
    }

    private VaadinHttpUser loggedIn() throws Exception {
        VaadinHttpUser user = new VaadinHttpUser(client, port);
        if (!user.logIn(USER, DemoUsers.PASSWORD)) {
            throw new IllegalStateException("login refused");
        }
        return user;
    }

    private static VaadinHttpUser.Opened check(VaadinHttpUser.Opened opened) {
        if (!opened.ok()) {
            throw new IllegalStateException("page did not open: " + opened.problem());
        }
        return opened;
    }

    private static void print(String name, List<Double> millis, int errors) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        System.out.printf(
                Locale.ROOT,
                "%-52s p50 %6.0f ms, p95 %6.0f ms, p99 %6.0f ms, max %6.0f ms (%d opens%s)%n",
                name,
                sorted.get(n / 2),
                sorted.get((int) Math.ceil(n * 0.95) - 1),
                sorted.get((int) Math.ceil(n * 0.99) - 1),
                sorted.get(n - 1),
                n,
                errors < 0 ? "" : ", " + errors + " errors");
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static final Pattern HISTOGRAM_ROW =
            Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

    /** Instances and bytes per class of live objects (the JVM's class histogram runs a full GC first). */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {null},
                        new String[] {String[].class.getName()});
        Map<String, long[]> rows = new HashMap<>();
        Matcher row = HISTOGRAM_ROW.matcher(text);
        while (row.find()) {
            rows.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
        }
        return rows;
    }

    /** The classes whose live bytes grew most, per session. */
    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after) {
        record Growth(String name, long instances, long bytes) {}
        List<Growth> growth = new ArrayList<>();
        after.forEach((name, counts) -> {
            long[] old = before.getOrDefault(name, new long[2]);
            growth.add(new Growth(name, counts[0] - old[0], counts[1] - old[1]));
        });
        growth.sort((a, b) -> Long.compare(b.bytes(), a.bytes()));
        System.out.println("  grown most, per session:");
        growth.stream()
                .limit(12)
                .forEach(g -> System.out.printf(
                        Locale.ROOT,
                        "    %,9d bytes %,7.1f objects  %s%n",
                        g.bytes() / SESSIONS,
                        g.instances() / (double) SESSIONS,
                        g.name()));
    }

    /** CPU time of this JVM, all threads. */
    /** CPU time of the embedded database server process (user + system), from /proc; 0 when not found. */
    private static long databaseCpuMillis() {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().orElse("").matches(".*(mariadbd|mysqld)$"))
                .mapToLong(p -> {
                    try {
                        String[] stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"))
                                .replaceFirst("^.*\\) ", "")
                                .split(" ");
                        // Fields 14 and 15 of stat (utime, stime), counted after the command's closing parenthesis.
                        return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 10;
                    } catch (java.io.IOException | RuntimeException e) {
                        return 0;
                    }
                })
                .sum();
    }

    /** Bytes allocated by all live threads of this JVM so far (server and client). */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}

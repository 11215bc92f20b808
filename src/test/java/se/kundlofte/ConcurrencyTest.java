package se.kundlofte;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.demand.DemandForm;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.demand.DemandKind;
import se.kundlofte.demand.DemandReferenceService;
import se.kundlofte.demand.DemandService;
import se.kundlofte.requirement.AnalysisForm;
import se.kundlofte.requirement.Answer;
import se.kundlofte.requirement.Effort;
import se.kundlofte.requirement.MonitoringForm;
import se.kundlofte.requirement.RequirementBoardService;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Source;
import se.kundlofte.requirement.Stage;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

/**
 * Many users at once on the same records: every attempt either succeeds or is refused as a
 * conflict the user understands (never a database deadlock error), no update is lost, and the
 * history and the demand summaries agree with what was saved.
 */
@IntegrationTest
class ConcurrencyTest {

    private static final int THREADS = 8;

    @Autowired
    RequirementService requirements;

    @Autowired
    RequirementBoardService board;

    @Autowired
    DemandService demands;

    @Autowired
    DemandReferenceService references;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    /** Eight people save the monitoring of one requirement, some from a stale version. */
    @Test
    void concurrentEditsOfOneRequirementLoseNothing() throws Exception {
        RequirementDetails created = create("Samtidiga ändringar " + System.nanoTime());
        long firstVersion = created.version();
        Map<Long, String> savedByVersion = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();

        List<Throwable> unexpected = run(THREADS, 10, (thread, i) -> {
            String user = thread % 2 == 0 ? "product" : "admin";
            String indicator = "mätetal " + thread + "-" + i;
            RunAs.user(users, user, () -> {
                // Every third attempt saves what the user opened long ago: a stale version.
                long seen = i % 3 == 0
                        ? firstVersion
                        : requirements.get(created.id()).version();
                try {
                    RequirementDetails saved = requirements.updateMonitoring(
                            created.id(), seen, new MonitoringForm(indicator, "mål", null));
                    savedByVersion.put(saved.version(), indicator);
                } catch (ConcurrentEditException e) {
                    conflicts.incrementAndGet();
                }
            });
        });

        assertThat(unexpected).isEmpty();
        RequirementDetails last = RunAs.user(users, "ceo", () -> requirements.get(created.id()));
        int successes = savedByVersion.size();
        assertThat(successes + conflicts.get()).isEqualTo(THREADS * 10);
        assertThat(successes).isPositive();
        assertThat(last.version()).isEqualTo(firstVersion + successes);
        assertThat(last.indicator()).isEqualTo(savedByVersion.get(last.version()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from requirement_history where requirement_id = ? and field = 'indicator'",
                        Integer.class,
                        created.id()))
                .isEqualTo(successes);
    }

    /** Eight people move and rank the same few cards back and forth between two columns. */
    @Test
    void concurrentMovesKeepStagesRanksAndHistoryConsistent() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            ids.add(analysed(create("Samtidig flytt " + n + " " + System.nanoTime()))
                    .id());
        }
        Map<Long, AtomicInteger> stageMoves = new ConcurrentHashMap<>();
        ids.forEach(id -> stageMoves.put(id, new AtomicInteger()));
        AtomicInteger conflicts = new AtomicInteger();

        List<Throwable> unexpected = run(THREADS, 12, (thread, i) -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long id = ids.get(random.nextInt(ids.size()));
            Long before = random.nextBoolean() ? ids.get(random.nextInt(ids.size())) : null;
            RunAs.user(users, thread % 2 == 0 ? "product" : "admin", () -> {
                RequirementDetails seen = requirements.get(id);
                Stage target = random.nextInt(3) == 0
                        ? seen.stage()
                        : seen.stage() == Stage.IDENTIFIED ? Stage.ANALYSED : Stage.IDENTIFIED;
                try {
                    RequirementDetails moved = board.move(id, seen.version(), target, before, true);
                    if (moved.stage() != seen.stage()) {
                        stageMoves.get(id).incrementAndGet();
                    }
                } catch (ConcurrentEditException e) {
                    conflicts.incrementAndGet();
                }
            });
        });

        assertThat(unexpected).isEmpty();
        for (long id : ids) {
            String stage = jdbc.queryForObject("select stage from requirement where id = ?", String.class, id);
            List<String> stageHistory = jdbc.queryForList(
                    "select new_value from requirement_history where requirement_id = ? and field = 'stage' order by id",
                    String.class,
                    id);
            // Created in Identified, then one row per successful move between columns.
            assertThat(stageHistory).hasSize(1 + stageMoves.get(id).get());
            assertThat(stageHistory.getLast()).isEqualTo(stage);
        }
        // The moved cards never share a rank within a column (other cards are not part of this test).
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        assertThat(jdbc.queryForList(
                        "select stage, board_rank from requirement where id in (" + marks
                                + ") group by stage, board_rank having count(*) > 1",
                        ids.toArray()))
                .as("cards sharing a rank")
                .isEmpty();
    }

    /** Eight people log contacts for the same customer on the same day. */
    @Test
    void concurrentContactsKeepTheDailySummariesExact() throws Exception {
        long customer = freshCustomer();
        long channel = RunAs.user(
                users, "service", () -> references.channels(false).getFirst().id());
        long cause = RunAs.user(
                users, "service", () -> references.causes(false).getFirst().id());

        List<Throwable> unexpected = run(
                THREADS,
                15,
                (thread, i) -> RunAs.user(users, "service", () -> {
                    DemandKind kind = DemandKind.values()[(thread + i) % DemandKind.values().length];
                    demands.log(DemandForm.of(channel, "Samtidigt samtal " + thread + "-" + i)
                            .withCustomer(customer)
                            .withKind(kind)
                            .withCause(kind == DemandKind.FAILURE ? cause : null)
                            .withJourneyStage("USE")
                            .withResolvedFirstContact(true));
                }));

        assertThat(unexpected).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from demand where customer_id = ?", Integer.class, customer))
                .isEqualTo(THREADS * 15);
        assertSummariesMatchTheContacts();
    }

    /**
     * Bulk triage, single corrections, undo and new contacts on the same contacts at once: only
     * conflicts the user is told about, and summaries that still add up.
     */
    @Test
    void triageCorrectionsAndNewContactsAtOnce() throws Exception {
        long customer = freshCustomer();
        long channel = RunAs.user(
                users, "service", () -> references.channels(false).getFirst().id());
        long cause = RunAs.user(
                users, "service", () -> references.causes(false).getFirst().id());
        List<DemandItem> logged = Collections.synchronizedList(new ArrayList<>());
        RunAs.user(users, "service", () -> {
            for (int n = 0; n < 60; n++) {
                logged.add(demands.log(DemandForm.of(channel, "Oklassat " + n)
                        .withCustomer(customer)
                        .withKind(DemandKind.UNCLASSIFIED)));
            }
        });
        List<Long> ids = logged.stream().map(DemandItem::id).toList();
        AtomicInteger conflicts = new AtomicInteger();

        List<Throwable> unexpected = run(
                THREADS,
                10,
                (thread, i) -> RunAs.user(users, "service", () -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    switch (thread % 4) {
                        case 0 -> {
                            List<Long> some = new ArrayList<>(ids.subList(random.nextInt(30), 30 + random.nextInt(30)));
                            Collections.shuffle(some);
                            demands.classify(some, random.nextBoolean() ? DemandKind.VALUE : DemandKind.FAILURE, cause);
                        }
                        case 1, 2 -> {
                            DemandItem item = logged.get(random.nextInt(logged.size()));
                            DemandItem current = demands.myRecent(100).stream()
                                    .filter(d -> d.id() == item.id())
                                    .findFirst()
                                    .orElse(null);
                            if (current == null) {
                                return; // undone meanwhile
                            }
                            try {
                                if (thread % 4 == 2 && i == 9) {
                                    demands.undo(current.id(), current.version());
                                } else {
                                    demands.correct(
                                            current.id(),
                                            current.version(),
                                            DemandForm.of(channel, "Rättat " + thread + "-" + i)
                                                    .withCustomer(customer)
                                                    .withKind(DemandKind.FAILURE)
                                                    .withCause(cause)
                                                    .withJourneyStage("PAY")
                                                    .withResolvedFirstContact(false));
                                }
                            } catch (ConcurrentEditException | OptimisticLockingFailureException e) {
                                conflicts.incrementAndGet();
                            } catch (RuleViolationException e) {
                                // Undone by another thread between the read above and this call: the
                                // user is told it no longer exists. Anything else is unexpected.
                                if (!e.getMessageKey().equals("demand.error.notFound")) {
                                    throw e;
                                }
                                conflicts.incrementAndGet();
                            }
                        }
                        default ->
                            demands.log(DemandForm.of(channel, "Nytt " + thread + "-" + i)
                                    .withCustomer(customer)
                                    .withKind(DemandKind.VALUE)
                                    .withJourneyStage("USE")
                                    .withResolvedFirstContact(true));
                    }
                }));

        assertThat(unexpected).isEmpty();
        assertSummariesMatchTheContacts();
    }

    /** Every summary row equals COUNT(*) over the contacts it stands for; lists only the rows that differ. */
    private void assertSummariesMatchTheContacts() {
        String days = "select date(logged_at) day, kind, coalesce(cause_id, 0) cause_id, channel_id, "
                + "coalesce(journey_stage, '') journey_stage, count(*) contacts from demand group by 1, 2, 3, 4, 5";
        assertThat(jdbc.queryForList("select c.*, s.contacts summary from (" + days + ") c left join demand_day s "
                        + "on s.day = c.day and s.kind = c.kind and s.cause_id = c.cause_id "
                        + "and s.channel_id = c.channel_id and s.journey_stage = c.journey_stage "
                        + "where s.contacts is null or s.contacts <> c.contacts "
                        + "union all select s.*, s.contacts from demand_day s where s.contacts <> 0 and not exists "
                        + "(select 1 from demand d where date(d.logged_at) = s.day and d.kind = s.kind "
                        + "and coalesce(d.cause_id, 0) = s.cause_id and d.channel_id = s.channel_id "
                        + "and coalesce(d.journey_stage, '') = s.journey_stage)"))
                .as("demand_day rows that differ from the contacts")
                .isEmpty();
        String customerDays = "select date(logged_at) day, customer_id, kind, count(*) contacts from demand "
                + "where customer_id is not null group by 1, 2, 3";
        assertThat(jdbc.queryForList("select c.*, s.contacts summary from (" + customerDays
                        + ") c left join demand_customer_day s "
                        + "on s.day = c.day and s.customer_id = c.customer_id and s.kind = c.kind "
                        + "where s.contacts is null or s.contacts <> c.contacts "
                        + "union all select s.*, s.contacts from demand_customer_day s where s.contacts <> 0 "
                        + "and not exists (select 1 from demand d where date(d.logged_at) = s.day "
                        + "and d.customer_id = s.customer_id and d.kind = s.kind)"))
                .as("demand_customer_day rows that differ from the contacts")
                .isEmpty();
    }

    /** A customer nobody else uses, so that the summary rows for today are new and contended. */
    private long freshCustomer() {
        jdbc.update(
                "insert into customer (name, segment, created_at, updated_at) values (?, 'SMALL_BUSINESS', now(6), now(6))",
                "Samtidig kund " + System.nanoTime());
        return jdbc.queryForObject("select max(id) from customer", Long.class);
    }

    private RequirementDetails create(String title) {
        return RunAs.user(
                users,
                "sales",
                () -> requirements.create(
                        RequirementForm.of(title, Source.AGREEMENT).withDescription("Beskrivning")));
    }

    private RequirementDetails analysed(RequirementDetails r) {
        return RunAs.user(
                users,
                "product",
                () -> requirements.updateAnalysis(
                        r.id(), r.version(), new AnalysisForm(Answer.YES, null, Answer.YES, null, null, Effort.M)));
    }

    interface Operation {
        void run(int thread, int iteration) throws Exception;
    }

    /** Runs the operation {@code perThread} times in each of {@code threads} threads, started together. */
    private static List<Throwable> run(int threads, int perThread, Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        List<Future<?>> done = new ArrayList<>();
        long began = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    try {
                        operation.run(thread, i);
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        System.out.printf(
                "%d threads x %d operations in %d ms, unexpected: %s%n",
                threads,
                perThread,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began),
                unexpected.stream()
                        .map(e -> e.getClass().getSimpleName() + ": " + e.getMessage())
                        .distinct()
                        .toList());
        return List.copyOf(unexpected);
    }
}

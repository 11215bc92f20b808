package se.kundlofte.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.customer.CustomerFilter;
import se.kundlofte.customer.CustomerListItem;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.Segment;
import se.kundlofte.test.IntegrationTest;

/**
 * The customer register with 100,000 customers: how long one page takes for the queries the
 * register's grid sends. Prints figures; asserts nothing about time. Run with
 * {@code ./mvnw -Pbenchmark verify}.
 */
@Tag("benchmark")
@IntegrationTest
@WithUserDetails("ceo")
class CustomerRegisterBenchmark {

    private static final int CUSTOMERS = 100_000;
    private static final int PAGE = 50;
    private static final int RUNS = 25;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CustomerService customers;

    @Test
    void registerWithOneHundredThousandCustomers() {
        long inserted = seed();
        long total = jdbc.queryForObject("select count(*) from customer", Long.class);
        Long industry = jdbc.queryForObject("select min(id) from industry", Long.class);
        Long owner = jdbc.queryForObject("select id from app_user where username = 'sales'", Long.class);
        System.out.printf(
                Locale.ROOT,
                "%nCustomer register benchmark: %,d customers in the database (%,d inserted)%n",
                total,
                inserted);
        System.out.printf(
                Locale.ROOT,
                "%-52s %9s %9s %9s %6s%n",
                "query (page of " + PAGE + ")",
                "median ms",
                "p90 ms",
                "max ms",
                "rows");

        measure("first page, sorted by name", () -> customers.list(CustomerFilter.all(), PageRequest.of(0, PAGE)));
        measure("page 200 (rows 10,000-10,050)", () -> customers.list(CustomerFilter.all(), PageRequest.of(200, PAGE)));
        measure(
                "sorted by org number, descending",
                () -> customers.list(
                        CustomerFilter.all(), PageRequest.of(0, PAGE, Sort.by(Sort.Direction.DESC, "orgNumber"))));
        measure(
                "text 'Bygg' (common)",
                () -> customers.list(filter("Bygg", null, null, false, null), PageRequest.of(0, PAGE)));
        measure(
                "text 'Nonexistent' (matches nothing: full scan)",
                () -> customers.list(filter("Nonexistent", null, null, false, null), PageRequest.of(0, PAGE)));
        measure(
                "org number typed without dash",
                () -> customers.list(filter("5900012345", null, null, false, null), PageRequest.of(0, PAGE)));
        measure(
                "industry filter",
                () -> customers.list(filter(null, industry, null, false, null), PageRequest.of(0, PAGE)));
        measure(
                "segment + key accounts",
                () -> customers.list(filter(null, null, Segment.PUBLIC_SECTOR, true, null), PageRequest.of(0, PAGE)));
        measure("owner filter", () -> customers.list(filter(null, null, null, false, owner), PageRequest.of(0, PAGE)));
        System.out.println();
    }

    private static CustomerFilter filter(String text, Long industry, Segment segment, boolean keyAccounts, Long owner) {
        return CustomerFilter.all()
                .withText(text)
                .withIndustry(industry)
                .withSegment(segment)
                .withKeyAccountsOnly(keyAccounts)
                .withOwner(owner);
    }

    private static void measure(String name, Supplier<List<CustomerListItem>> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        double[] millis = new double[RUNS];
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            rows = query.get().size();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "%-52s %9.2f %9.2f %9.2f %6d%n",
                name,
                millis[RUNS / 2],
                millis[(int) (RUNS * 0.9)],
                millis[RUNS - 1],
                rows);
    }

    /** Multi-row inserts, 1,000 customers a statement, with realistic spread over filters. */
    private long seed() {
        List<Long> industries = jdbc.queryForList("select id from industry", Long.class);
        List<Long> owners = jdbc.queryForList(
                "select u.id from app_user u join app_user_role r on r.user_id = u.id where r.role = 'SALES'",
                Long.class);
        String[] words = {
            "Bygg", "Vård", "Handel", "Teknik", "Konsult", "Transport", "Energi", "Fastighet", "Data", "Service"
        };
        String[] places = {
            "Norr", "Syd", "Väst", "Öst", "Mälardalen", "Skåne", "Norrland", "Gotland", "Värmland", "Halland"
        };
        Segment[] segments = Segment.values();
        long inserted = 0;
        for (int batch = 0; batch < CUSTOMERS / 1000; batch++) {
            StringBuilder sql = new StringBuilder(
                    "insert into customer (name, org_number, industry_id, segment, key_account, owner_id, archived, created_at, updated_at) values ");
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                int n = batch * 1000 + i;
                if (i > 0) {
                    sql.append(',');
                }
                sql.append("(?,?,?,?,?,?,?,now(),now())");
                args.add(words[n % words.length] + " " + places[(n / 10) % places.length] + " " + n + " AB");
                args.add(String.format("59%04d-%04d", n / 10000, n % 10000));
                args.add(industries.get(n % industries.size()));
                args.add(segments[n % segments.length].name());
                args.add(n % 20 == 0);
                args.add(owners.get(n % owners.size()));
                args.add(n % 50 == 0);
            }
            inserted += jdbc.update(sql.toString(), args.toArray());
        }
        jdbc.execute("analyze table customer");
        return inserted;
    }
}

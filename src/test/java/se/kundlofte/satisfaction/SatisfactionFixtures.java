package se.kundlofte.satisfaction;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerForm;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.Segment;
import se.kundlofte.test.RunAs;

/** Customers of their own for the satisfaction tests, so that no test sees another's responses. */
final class SatisfactionFixtures {

    private SatisfactionFixtures() {}

    static long userId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    /** A customer owned by the demo sales person {@code sales}. */
    static CustomerDetails customerOfSales(
            UserDetailsService users, CustomerService customers, JdbcTemplate jdbc, String name, Segment segment) {
        long owner = userId(jdbc, "sales");
        return RunAs.user(
                users,
                "sales",
                () -> customers.create(
                        new CustomerForm(name + " " + System.nanoTime(), null, null, segment, true, owner, null)));
    }

    /** A contact of the customer at noon UTC of the day, written directly (the demand log logs only "now"). */
    static void contact(JdbcTemplate jdbc, long customerId, LocalDate day, String kind, String stage) {
        long channel = jdbc.queryForObject("select min(id) from contact_channel", Long.class);
        Long cause =
                "FAILURE".equals(kind) ? jdbc.queryForObject("select min(id) from failure_cause", Long.class) : null;
        java.sql.Timestamp at = java.sql.Timestamp.from(day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
        jdbc.update(
                "insert into demand (channel_id, customer_id, customer_words, kind, cause_id, journey_stage, logged_at, updated_at)"
                        + " values (?, ?, 'test', ?, ?, ?, ?, ?)",
                channel,
                customerId,
                kind,
                cause,
                stage,
                at,
                at);
    }
}

package se.kundlofte.promise;

import org.springframework.jdbc.core.JdbcTemplate;

/** Ids the promise tests need from the demo data. */
final class PromiseTestData {

    private PromiseTestData() {}

    static long userId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    static long anyCustomer(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select min(id) from customer", Long.class);
    }

    /** A promise to everyone, owned by the marketing demo user. */
    static PromiseForm form(JdbcTemplate jdbc, String title) {
        return PromiseForm.of(title, "Vi levererar inom två timmar.")
                .withOwner(userId(jdbc, "marketing"))
                .withValidity(java.time.LocalDate.of(2026, 1, 1), null);
    }
}

package se.kundlofte.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

/**
 * Evidence and review decisions are given against a wording: when a colleague rewords the promise
 * in between, they are refused as a conflict and nothing is saved; against the current wording, or
 * without saying which (a follow-up's tag), they are saved.
 */
@IntegrationTest
@WithUserDetails("marketing")
class PromiseWordingConflictTest {

    @Autowired
    PromiseService promises;

    @Autowired
    PromiseHealthService health;

    @Autowired
    PromiseGapService gaps;

    @Autowired
    PromiseReviewService reviews;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    se.kundlofte.base.BusinessTime time;

    /** A promise whose wording a colleague changed after it was read: returns the read, older details. */
    private PromiseDetails rewordedAfterReading(String title) {
        PromiseDetails read = promises.create(PromiseTestData.form(jdbc, title + " " + System.nanoTime()));
        assertThat(read.textVersion()).isEqualTo(1);
        RunAs.user(
                users,
                "sales",
                () -> promises.update(
                        read.id(),
                        read.version(),
                        read.toForm().withText(read.title(), "Vi levererar inom tre timmar."),
                        "Realistiskt"));
        return read;
    }

    private long count(String table, long promiseId) {
        return jdbc.queryForObject("select count(*) from " + table + " where promise_id = ?", Long.class, promiseId);
    }

    @Test
    void aCheckAgainstAnOldWordingIsAConflictAndAgainstTheCurrentOneIsSaved() {
        PromiseDetails read = rewordedAfterReading("Kontroll");
        CheckForm check = new CheckForm(time.today(), null, true, null, "Levererat i tid");
        assertThatThrownBy(() -> health.addCheck(read.id(), check.withWordingSeen(read.textVersion())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(count("promise_check", read.id())).isZero();

        int current = promises.get(read.id()).textVersion();
        assertThat(current).isEqualTo(2);
        health.addCheck(read.id(), check.withWordingSeen(current));
        health.addCheck(read.id(), check);
        assertThat(count("promise_check", read.id())).isEqualTo(2);
    }

    @Test
    void perceivedAndBeyondAgainstAnOldWordingAreConflicts() {
        PromiseDetails read = rewordedAfterReading("Upplevt");
        long customer = PromiseTestData.anyCustomer(jdbc);
        PerceivedForm perceived = new PerceivedForm(customer, null, "Leverans på lördagar", null, null);
        BeyondForm beyond = new BeyondForm(customer, "Budbil samma dag", null, null, null);
        RunAs.user(users, "service", () -> {
            assertThatThrownBy(() -> gaps.addPerceived(read.id(), perceived.withWordingSeen(read.textVersion())))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThatThrownBy(() -> gaps.addBeyond(read.id(), beyond.withWordingSeen(read.textVersion())))
                    .isInstanceOf(ConcurrentEditException.class);
            return null;
        });
        assertThat(count("promise_perceived", read.id())).isZero();
        assertThat(count("promise_beyond", read.id())).isZero();
        assertThat(count("promise_review", read.id())).isZero();

        RunAs.user(users, "service", () -> {
            gaps.addPerceived(read.id(), perceived.withWordingSeen(2));
            return gaps.addBeyond(read.id(), beyond.withWordingSeen(2));
        });
        assertThat(count("promise_perceived", read.id())).isEqualTo(1);
        assertThat(count("promise_review", read.id())).isEqualTo(1);
    }

    @Test
    void aDecisionOnAnOldWordingOrAfterAColleaguesDecisionIsAConflict() {
        PromiseDetails p = promises.create(PromiseTestData.form(jdbc, "Omprövning " + System.nanoTime()));
        long customer = PromiseTestData.anyCustomer(jdbc);
        RunAs.user(
                users,
                "service",
                () -> gaps.addBeyond(p.id(), new BeyondForm(customer, "Extra installation", null, null, null)));
        ReviewItem open = reviews.reviews(p.id()).getFirst();
        PromiseDetails reworded = promises.update(
                p.id(), p.version(), p.toForm().withText(p.title(), "Vi levererar inom tre timmar."), "Realistiskt");
        ReviewForm change = new ReviewForm(
                        ReviewDecision.CHANGE, "Kunderna förväntar sig det", null, "Vi levererar inom en timme.")
                .withWordingSeen(p.textVersion());
        assertThatThrownBy(() -> reviews.decide(open.id(), open.version(), change))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(promises.get(p.id()).text()).isEqualTo("Vi levererar inom tre timmar.");
        assertThat(reviews.review(open.id()).open()).isTrue();

        // The owner (marketing) decides first; the CEO's decision on the version they opened is refused.
        reviews.decide(
                open.id(),
                open.version(),
                new ReviewForm(ReviewDecision.LEAVE, "Ett enstaka fall", null, null)
                        .withWordingSeen(reworded.textVersion()));
        assertThatThrownBy(() -> RunAs.user(
                        users,
                        "ceo",
                        () -> reviews.decide(
                                open.id(),
                                open.version(),
                                new ReviewForm(ReviewDecision.CLARIFY, "Förtydliga", "Nyhetsbrev", null)
                                        .withWordingSeen(reworded.textVersion()))))
                .isInstanceOf(ConcurrentEditException.class);
        ReviewItem decided = reviews.review(open.id());
        assertThat(decided.decision()).isEqualTo(ReviewDecision.LEAVE);
        assertThat(decided.rationale()).isEqualTo("Ett enstaka fall");
    }
}

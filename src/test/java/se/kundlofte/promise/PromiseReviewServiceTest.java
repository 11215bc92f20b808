package se.kundlofte.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

/** Perceived promises, beyond-promise events and the "change, clarify or leave?" review, per role. */
@IntegrationTest
@WithUserDetails("marketing")
class PromiseReviewServiceTest {

    @Autowired
    PromiseService promises;

    @Autowired
    PromiseGapService gaps;

    @Autowired
    PromiseReviewService reviews;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private ReviewItem beyond(PromiseDetails p) {
        long customer = PromiseTestData.anyCustomer(jdbc);
        BeyondItem event = RunAs.user(
                users,
                "service",
                () -> gaps.addBeyond(
                        p.id(),
                        new BeyondForm(
                                customer,
                                "Lördagsleverans",
                                LocalDate.of(2026, 1, 10),
                                new BigDecimal("2500.00"),
                                PromiseTestData.userId(jdbc, "sales"))));
        assertThat(event.decision()).isNull();
        return reviews.reviews(p.id()).stream()
                .filter(r -> r.beyondId() == event.id())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void customerServiceRecordsWhatTheCustomerBelievedAndItShowsOnPromiseAndCustomer() {
        PromiseDetails p = promises.create(PromiseTestData.form(jdbc, "Upplevt " + System.nanoTime()));
        long customer = PromiseTestData.anyCustomer(jdbc);
        assertThatThrownBy(() -> RunAs.user(
                        users,
                        "service",
                        () -> gaps.addPerceived(p.id(), new PerceivedForm(null, null, " ", null, null))))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field())
                        .containsExactlyInAnyOrder("customer", "believed"));
        PerceivedItem gap = RunAs.user(
                users,
                "service",
                () -> gaps.addPerceived(
                        p.id(), new PerceivedForm(customer, "Inköparen", "Leverans på lördagar", "Säljmöte", null)));
        assertThat(gaps.perceived(p.id())).extracting(PerceivedItem::id).containsExactly(gap.id());
        assertThat(gaps.perceivedForCustomer(customer))
                .extracting(PerceivedItem::id)
                .contains(gap.id());
        assertThatThrownBy(() -> RunAs.user(
                        users,
                        "product",
                        () -> gaps.addPerceived(p.id(), new PerceivedForm(customer, null, "x", null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCeoDecidesChangeAndTheTextGetsANewVersionWithTheRationale() {
        PromiseDetails p = promises.create(PromiseTestData.form(jdbc, "Ändra " + System.nanoTime()));
        ReviewItem open = beyond(p);
        assertThat(reviews.openReviews()).extracting(ReviewItem::id).contains(open.id());

        assertThatThrownBy(() -> RunAs.user(
                        users,
                        "product",
                        () -> reviews.decide(
                                open.id(), open.version(), new ReviewForm(ReviewDecision.LEAVE, "Nej", null, null))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("promise.error.notDecider"));
        assertThatThrownBy(() -> RunAs.user(
                        users,
                        "ceo",
                        () -> reviews.decide(
                                open.id(), open.version(), new ReviewForm(ReviewDecision.CHANGE, " ", null, p.text()))))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field() + ":" + error.messageKey())
                        .containsExactlyInAnyOrder("rationale:promise.error.rationale"));

        ReviewItem decided = RunAs.user(
                users,
                "ceo",
                () -> reviews.decide(
                        open.id(),
                        open.version(),
                        new ReviewForm(
                                ReviewDecision.CHANGE,
                                "Kunderna räknar med helger",
                                null,
                                "Vi levererar inom två timmar, även lördagar.")));
        assertThat(decided.decision()).isEqualTo(ReviewDecision.CHANGE);
        assertThat(decided.decidedByName()).isEqualTo("Karin Holm");
        assertThat(decided.newVersionNo()).isEqualTo(2);
        assertThat(promises.get(p.id()).text()).isEqualTo("Vi levererar inom två timmar, även lördagar.");
        assertThat(promises.versions(p.id()).getFirst().reason()).isEqualTo("Kunderna räknar med helger");
        assertThat(reviews.openReviews()).extracting(ReviewItem::id).doesNotContain(open.id());
        assertThatThrownBy(() -> RunAs.user(
                        users,
                        "ceo",
                        () -> reviews.decide(
                                open.id(),
                                decided.version(),
                                new ReviewForm(ReviewDecision.LEAVE, "Igen", null, null))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theOwnerDecidesTheirOwnAndClarifyRecordsHowItIsCommunicated() {
        PromiseDetails p = promises.create(PromiseTestData.form(jdbc, "Förtydliga " + System.nanoTime()));
        ReviewItem open = beyond(p);
        assertThatThrownBy(() -> reviews.decide(
                        open.id(), open.version(), new ReviewForm(ReviewDecision.CLARIFY, "Otydligt", " ", null)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field())
                        .containsExactly("communication"));
        ReviewItem decided = reviews.decide(
                open.id(),
                open.version(),
                new ReviewForm(ReviewDecision.CLARIFY, "Otydligt om helger", "Orderbekräftelsen säger vardagar", null));
        assertThat(decided.communication()).isEqualTo("Orderbekräftelsen säger vardagar");
        assertThat(promises.versions(p.id())).hasSize(1);
        assertThat(promises.get(p.id()).text()).isEqualTo(p.text());
    }
}

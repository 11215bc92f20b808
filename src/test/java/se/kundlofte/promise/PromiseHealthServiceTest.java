package se.kundlofte.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.demand.ContactPromiseChoices;
import se.kundlofte.demand.DemandForm;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.demand.DemandKind;
import se.kundlofte.demand.DemandReferenceService;
import se.kundlofte.demand.DemandService;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

/** Health computed on the database from tagged contacts and checks, against figures worked out by hand. */
@IntegrationTest
@WithUserDetails("marketing")
class PromiseHealthServiceTest {

    @Autowired
    PromiseService promises;

    @Autowired
    PromiseHealthService health;

    @Autowired
    DemandService demands;

    @Autowired
    DemandReferenceService references;

    @Autowired
    ContactPromiseChoices choices;

    @Autowired
    BusinessTime time;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private DemandItem contact(long promiseId, DemandKind kind) {
        DemandForm form = DemandForm.of(references.channels(false).getFirst().id(), "Leveransen kom inte i tid")
                .withKind(kind)
                .withCause(
                        kind == DemandKind.FAILURE
                                ? references.causes(false).getFirst().id()
                                : null)
                .withPromise(promiseId);
        return RunAs.user(users, "service", () -> demands.log(form));
    }

    private void check(long promiseId, LocalDate on, boolean kept, Boolean customerKept) {
        health.addCheck(promiseId, new CheckForm(on, null, kept, customerKept, "Stickprov"));
    }

    @Test
    void taggedFailuresAndChecksInTheWindowDecideTheHealth() {
        PromiseDetails p = promises.create(PromiseTestData.form(jdbc, "Hälsa " + System.nanoTime()));
        LocalDate today = time.today();
        assertThat(health.health(p.id()).status()).isEqualTo(HealthStatus.NOT_MEASURED);

        DemandItem failure = contact(p.id(), DemandKind.FAILURE);
        contact(p.id(), DemandKind.FAILURE);
        DemandItem value = contact(p.id(), DemandKind.VALUE);
        assertThat(failure.promiseId()).isEqualTo(p.id());
        assertThat(value.promiseId()).as("only failures break a promise").isNull();
        // 2 contacts (< 3) and no checks: kept.
        assertThat(health.health(p.id()).status()).isEqualTo(HealthStatus.KEPT);

        check(p.id(), today, true, null);
        check(p.id(), today.minusDays(1), true, true);
        check(p.id(), today.minusDays(2), true, null);
        check(p.id(), today.minusDays(3), false, false);
        check(p.id(), today.minusDays(200), false, null); // outside the 90-day window
        // 3 of 4 kept = 75 %: below 90 (at risk), not below 75 (broken).
        PromiseHealth h = health.health(p.id());
        assertThat(h.failures()).isEqualTo(2);
        assertThat(h.checks()).isEqualTo(4);
        assertThat(h.keptChecks()).isEqualTo(3);
        assertThat(h.disputedChecks()).isZero();
        assertThat(h.rate()).isEqualTo(0.75);
        assertThat(h.status()).isEqualTo(HealthStatus.AT_RISK);
        assertThat(h.from()).isEqualTo(today.minusDays(89));

        // We say kept, the customer says not: disputed (4 of 5 = 80 %, not broken).
        check(p.id(), today, true, false);
        PromiseHealth disputed = health.health(p.id());
        assertThat(disputed.disputedChecks()).isEqualTo(1);
        assertThat(disputed.status()).isEqualTo(HealthStatus.DISPUTED);

        // The register shows the same verdict.
        assertThat(promises.list(PromiseFilter.all().withText(p.title()), PageRequest.of(0, 5)))
                .singleElement()
                .satisfies(item -> assertThat(item.health()).isEqualTo(disputed));

        // The month of today holds all of it; the drill-down lists exactly the figures' evidence.
        FulfilmentMonth month = health.fulfilment(p.id()).getLast();
        assertThat(month.month()).isEqualTo(YearMonth.from(today));
        assertThat(health.fulfilment(p.id())).hasSize(12);
        long keptThisMonth = health.checks(p.id(), today.withDayOfMonth(1), today).stream()
                .filter(CheckItem::kept)
                .count();
        assertThat(month.kept()).isEqualTo(keptThisMonth);
        assertThat(month.failures()).isEqualTo(2);
        assertThat(health.contacts(p.id(), today.withDayOfMonth(1), today, PageRequest.of(0, 10)))
                .extracting(DemandItem::promiseId)
                .containsExactly(p.id(), p.id());
        assertThat(health.checks(p.id(), h.from(), today)).hasSize(5);
    }

    @Test
    void theOwnersThresholdsChangeTheVerdict() {
        PromiseDetails p = promises.create(PromiseTestData.form(jdbc, "Strikt " + System.nanoTime()));
        contact(p.id(), DemandKind.FAILURE);
        assertThat(health.health(p.id()).status()).isEqualTo(HealthStatus.KEPT);
        promises.setThresholds(p.id(), p.version(), new HealthThresholds(30, 1, 2, 90, 75));
        assertThat(health.health(p.id()).status()).isEqualTo(HealthStatus.AT_RISK);
    }

    @Test
    void theContactLogOffersThePromisesThatApplyToTheCustomer() {
        long customer = PromiseTestData.anyCustomer(jdbc);
        PromiseDetails forAll = promises.create(PromiseTestData.form(jdbc, "Alla " + System.nanoTime()));
        PromiseDetails forOne = promises.create(PromiseTestData.form(jdbc, "En " + System.nanoTime())
                .withScope(PromiseScope.CUSTOMER, null, null, customer));
        assertThat(choices.forCustomer(customer))
                .extracting(ContactPromiseChoices.Choice::id)
                .contains(forAll.id(), forOne.id());
        assertThat(choices.forCustomer(null))
                .extracting(ContactPromiseChoices.Choice::id)
                .contains(forAll.id())
                .doesNotContain(forOne.id());
    }
}

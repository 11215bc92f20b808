package se.kundlofte.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.Segment;
import se.kundlofte.promise.CheckItem;
import se.kundlofte.promise.PromiseForm;
import se.kundlofte.promise.PromiseHealthService;
import se.kundlofte.promise.PromiseScope;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.Source;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;
import se.kundlofte.test.TestClock;

@IntegrationTest
class FollowUpServiceTest {

    @Autowired
    FollowUpService followUps;

    @Autowired
    SurveyResponseService responses;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BusinessTime time;

    @Autowired
    TestClock clock;

    @Autowired
    PromiseService promises;

    @Autowired
    PromiseHealthService health;

    /** A detractor of a customer owned by {@code sales}; returns its follow-up. */
    private FollowUpItem detractor() {
        CustomerDetails customer = SatisfactionFixtures.customerOfSales(
                users, customers, jdbc, "Uppföljningskund", Segment.SMALL_BUSINESS);
        ResponseItem response = RunAs.user(
                users,
                "marketing",
                () -> responses.record(SurveyResponseForm.of(SurveyType.NPS, 2, time.today(), customer.id())
                        .withComment("Ingen ringde tillbaka")));
        return RunAs.user(users, "sales", () -> followUps
                .list(FollowUpFilter.open().withCustomer(customer.id()), PageRequest.of(0, 5))
                .getFirst());
    }

    @Test
    void theOwnerSeesTheFollowUpAndClosesItWithWhatWasDone() {
        FollowUpItem open = detractor();
        assertThat(open.comment()).isEqualTo("Ingen ringde tillbaka");
        assertThat(open.ownerName()).isEqualTo("Sara Lindqvist");
        assertThat(RunAs.user(users, "sales", () -> followUps.mine(100)))
                .extracting(FollowUpItem::id)
                .contains(open.id());
        assertThatThrownBy(() -> RunAs.user(
                        users,
                        "sales",
                        () -> followUps.close(open.id(), open.version(), new FollowUpCloseForm(" ", null))))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field())
                        .containsExactlyInAnyOrder("actionTaken", "contacted"));
        FollowUpItem closed = RunAs.user(
                users,
                "sales",
                () -> followUps.close(
                        open.id(),
                        open.version(),
                        new FollowUpCloseForm("Ringde kunden och bokade ny leverans", true)));
        assertThat(closed.closed()).isTrue();
        assertThat(closed.customerContacted()).isTrue();
        assertThat(closed.closedByName()).isEqualTo("Sara Lindqvist");
        assertThat(closed.actionTaken()).isEqualTo("Ringde kunden och bokade ny leverans");
        assertThat(RunAs.user(users, "sales", () -> followUps.mine(100)))
                .extracting(FollowUpItem::id)
                .doesNotContain(open.id());
        assertThatThrownBy(() -> RunAs.user(
                        users,
                        "sales",
                        () -> followUps.close(open.id(), closed.version(), new FollowUpCloseForm("Igen", true))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("satisfaction.followUp.error.closed"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where subject_type = 'FOLLOW_UP' and subject_id = ?",
                        Long.class,
                        open.id()))
                .isPositive();
    }

    @Test
    void anotherSalesPersonMayNotCloseItTheCeoAndAdministratorsMay() {
        FollowUpItem open = detractor();
        FollowUpCloseForm form = new FollowUpCloseForm("Bad om ursäkt", false);
        assertThatThrownBy(() -> RunAs.user(users, "sales2", () -> followUps.close(open.id(), open.version(), form)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("satisfaction.followUp.error.notYours"));
        assertThatThrownBy(() -> RunAs.user(users, "product", () -> followUps.close(open.id(), open.version(), form)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user(users, "marketing", () -> followUps.close(open.id(), open.version(), form)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.user(users, "ceo", () -> followUps.close(open.id(), open.version(), form))
                        .closed())
                .isTrue();
        FollowUpItem other = detractor();
        assertThatThrownBy(
                        () -> RunAs.user(users, "admin", () -> followUps.close(other.id(), other.version() - 1, form)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(RunAs.user(users, "admin", () -> followUps.close(other.id(), other.version(), form))
                        .closed())
                .isTrue();
    }

    @Test
    void aFollowUpIsOverdueAfterTheConfiguredDays() {
        FollowUpItem open = detractor();
        assertThat(open.overdue()).isFalse();
        assertThat(RunAs.user(users, "sales", () -> followUps.overdueAfterDays()))
                .isEqualTo(5);
        long owner = SatisfactionFixtures.userId(jdbc, "sales");
        long overdueBefore = RunAs.user(users, "sales", () -> followUps.countOpen(true, owner));
        try {
            clock.set(time.now().plus(Duration.ofDays(6)));
            FollowUpItem later = RunAs.user(users, "sales", () -> followUps.get(open.id()));
            assertThat(later.overdue()).isTrue();
            assertThat(RunAs.user(users, "sales", () -> followUps.countOpen(true, owner)))
                    .isGreaterThan(overdueBefore);
            assertThat(RunAs.user(
                            users,
                            "ceo",
                            () -> followUps.list(FollowUpFilter.open().withOverdueOnly(true), PageRequest.of(0, 1000))))
                    .extracting(FollowUpItem::id)
                    .contains(open.id());
        } finally {
            clock.reset();
        }
    }

    @Test
    void aFollowUpRaisesARequirementOnceAndLinksIt() {
        FollowUpItem open = detractor();
        RequirementDetails requirement =
                RunAs.user(users, "sales", () -> followUps.raiseRequirement(open.id(), Locale.ENGLISH));
        assertThat(requirement.source()).isEqualTo(Source.CUSTOMER_FEEDBACK);
        assertThat(requirement.customerId()).isEqualTo(open.customerId());
        assertThat(requirement.title()).startsWith("Unhappy customer: NPS 2 from");
        assertThat(requirement.description()).contains("Ingen ringde tillbaka");
        assertThat(RunAs.user(users, "sales", () -> followUps.get(open.id())).requirementId())
                .isEqualTo(requirement.id());
        assertThatThrownBy(
                        () -> RunAs.user(users, "sales", () -> followUps.raiseRequirement(open.id(), Locale.ENGLISH)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> RunAs.user(users, "ceo", () -> followUps.raiseRequirement(open.id(), Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFollowUpTagsABrokenPromiseAsANotKeptCheckForTheCustomer() {
        FollowUpItem open = detractor();
        long promiseId = RunAs.user(users, "marketing", () -> promises.create(
                        PromiseForm.of("Svar inom en dag", "Vi svarar på varje fråga inom en arbetsdag.")
                                .withScope(PromiseScope.CUSTOMER, null, null, open.customerId())
                                .withOwner(userId("marketing"))
                                .withValidity(time.today().minusMonths(1), null))
                .id());

        assertThat(RunAs.user(users, "sales", () -> followUps.promisesAvailable()))
                .isTrue();
        assertThat(RunAs.user(users, "sales", () -> followUps.promisesFor(open.id())))
                .extracting(FollowUpPromises.PromiseChoice::id)
                .contains(promiseId);

        RunAs.user(users, "sales", () -> {
            followUps.tagPromise(open.id(), promiseId, "Leveransen kom en vecka sent");
            return null;
        });

        List<CheckItem> checks = RunAs.user(users, "ceo", () -> health.checks(promiseId, time.today(), time.today()));
        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.customerId()).isEqualTo(open.customerId());
            assertThat(check.kept()).isFalse();
            assertThat(check.customerKept()).isFalse();
            assertThat(check.evidence()).isEqualTo("Leveransen kom en vecka sent (#" + open.id() + ")");
        });
        // Someone who may not close the follow-up may not tag through it either.
        assertThatThrownBy(() -> RunAs.user(users, "sales2", () -> {
                    followUps.tagPromise(open.id(), promiseId, "");
                    return null;
                }))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("satisfaction.followUp.error.notYours"));
    }

    @Test
    void aPromiseThatDoesNotApplyToTheCustomerIsRefused() {
        FollowUpItem open = detractor();
        CustomerDetails other =
                SatisfactionFixtures.customerOfSales(users, customers, jdbc, "Annan kund", Segment.SMALL_BUSINESS);
        long promiseId = RunAs.user(users, "marketing", () -> promises.create(
                        PromiseForm.of("Montering ingår", "Vi monterar alltid det vi levererar.")
                                .withScope(PromiseScope.CUSTOMER, null, null, other.id())
                                .withOwner(userId("marketing"))
                                .withValidity(time.today().minusMonths(1), null))
                .id());

        assertThatThrownBy(() -> RunAs.user(users, "sales", () -> {
                    followUps.tagPromise(open.id(), promiseId, "");
                    return null;
                }))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("promise.error.notApplicable"));
        assertThat(RunAs.user(users, "ceo", () -> health.checks(promiseId, time.today(), time.today())))
                .isEmpty();
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}

package se.kundlofte.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerForm;
import se.kundlofte.customer.CustomerRole;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.IndustryService;
import se.kundlofte.customer.Segment;
import se.kundlofte.customer.StakeholderForm;
import se.kundlofte.customer.StakeholderItem;
import se.kundlofte.customer.StakeholderService;
import se.kundlofte.demand.DemandForm;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.demand.DemandKind;
import se.kundlofte.demand.DemandReferenceService;
import se.kundlofte.demand.DemandService;
import se.kundlofte.requirement.RequirementBoardService;
import se.kundlofte.requirement.Stage;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;
import se.kundlofte.user.UserAdminService;
import se.kundlofte.user.UserChanges;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserListItem;

/** The audit log over the real services and database: what is recorded, filtered and exported. */
@IntegrationTest
class AuditLogServiceTest {

    @Autowired
    AuditLogService audit;

    @Autowired
    CustomerService customers;

    @Autowired
    StakeholderService stakeholders;

    @Autowired
    IndustryService industries;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    UserDirectory userDirectory;

    @Autowired
    DemandService demands;

    @Autowired
    DemandReferenceService references;

    @Autowired
    RequirementBoardService board;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private long userId(String username) {
        return RunAs.user(users, "admin", () -> userDirectory.everyone()).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private List<AuditEntry> asAdmin(AuditFilter filter) {
        return RunAs.user(users, "admin", () -> audit.find(filter, 0, 500));
    }

    private CustomerDetails newCustomer(String name) {
        long industry = RunAs.user(
                users, "sales", () -> industries.list(false).getFirst().id());
        return RunAs.user(
                users,
                "sales",
                () -> customers.create(
                        new CustomerForm(name, null, industry, Segment.SMALL_BUSINESS, false, null, null)));
    }

    @Test
    void aCustomerChangeIsLoggedFieldByFieldWithWhoAndCodesAsKeys() {
        String name = "Granskad AB " + System.nanoTime();
        CustomerDetails created = newCustomer(name);
        RunAs.user(
                users,
                "sales2",
                () -> customers.update(
                        created.id(),
                        created.version(),
                        new CustomerForm(
                                name + " (nytt namn)",
                                created.orgNumber(),
                                created.industryId(),
                                Segment.ENTERPRISE,
                                true,
                                null,
                                null)));

        List<AuditEntry> log =
                asAdmin(AuditFilter.all().withSubject(AuditSubject.CUSTOMER).withText(name));
        assertThat(log)
                .filteredOn(e -> e.subjectId() == created.id() && e.changedBy() == userId("sales2"))
                .extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue, AuditEntry::coded)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("customer.field.name", name, name + " (nytt namn)", false),
                        org.assertj.core.groups.Tuple.tuple(
                                "customer.field.segment", "segment.SMALL_BUSINESS", "segment.ENTERPRISE", true),
                        org.assertj.core.groups.Tuple.tuple("customer.field.keyAccount", "csv.no", "csv.yes", true));
        assertThat(log)
                .filteredOn(e -> e.subjectId() == created.id() && e.field().equals("audit.event.created"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.changedBy()).isEqualTo(userId("sales"));
                    assertThat(e.subjectLabel()).isEqualTo(name);
                });
        // Newest first.
        assertThat(log.getFirst().changedAt()).isAfterOrEqualTo(log.getLast().changedAt());
    }

    @Test
    void aRefusedChangeLeavesNoAuditLine() {
        String name = "Ofullständig AB " + System.nanoTime();
        CustomerDetails created = newCustomer(name);
        int before =
                RunAs.user(users, "admin", () -> audit.count(AuditFilter.all().withText(name)));
        assertThatThrownBy(() -> RunAs.user(
                        users,
                        "sales",
                        () -> customers.update(
                                created.id(),
                                created.version(),
                                new CustomerForm("", "123", null, Segment.ENTERPRISE, false, null, null))))
                .isInstanceOf(FieldValidationException.class);
        assertThat(RunAs.user(
                        users, "admin", () -> audit.count(AuditFilter.all().withText(name))))
                .isEqualTo(before);
    }

    @Test
    void stakeholdersUsersTriageAndBoardSettingsAreLoggedToo() {
        CustomerDetails customer = newCustomer("Intressentbolaget " + System.nanoTime());
        StakeholderItem anna = RunAs.user(
                users,
                "sales",
                () -> stakeholders.create(
                        customer.id(),
                        new StakeholderForm("Anna Revisor", "CFO", null, null, Set.of(CustomerRole.PAYER), false)));
        RunAs.user(users, "sales", () -> stakeholders.delete(anna.id(), anna.version()));
        assertThat(asAdmin(AuditFilter.all()
                        .withUser(userId("sales"))
                        .withSubject(AuditSubject.STAKEHOLDER)
                        .withText("Anna Revisor")))
                .extracting(AuditEntry::field)
                .contains("audit.event.created", "stakeholder.field.roles", "audit.event.removed");

        String username = "granskad" + System.nanoTime() % 100_000;
        UserListItem created = RunAs.user(
                users,
                "admin",
                () -> userAdmin.create(new se.kundlofte.user.NewUser(
                        username,
                        "Granskad Person",
                        username + "@example.com",
                        null,
                        Set.of(AppRoles.MARKETING),
                        "ett-forsta-langt-losenord-41")));
        RunAs.user(
                users,
                "admin",
                () -> userAdmin.update(new UserChanges(
                        created.id(),
                        created.version(),
                        created.fullName(),
                        created.email(),
                        "Avdelning 7",
                        created.roles())));
        RunAs.user(users, "admin", () -> userAdmin.setPassword(created.id(), "ett-nytt-langt-losenord-42"));
        List<AuditEntry> userLog =
                asAdmin(AuditFilter.all().withSubject(AuditSubject.USER).withText(username));
        assertThat(userLog)
                .extracting(AuditEntry::field)
                .contains(
                        "audit.event.created",
                        "users.field.roles",
                        "users.field.department",
                        "audit.event.passwordSet");
        assertThat(userLog)
                .allSatisfy(e -> assertThat(String.valueOf(e.newValue())).doesNotContain("losenord", "argon2"));

        DemandItem contact = RunAs.user(
                users,
                "service",
                () -> demands.log(DemandForm.of(
                                references.channels(false).getFirst().id(), "Triagerad kontakt " + System.nanoTime())
                        .withKind(DemandKind.UNCLASSIFIED)));
        RunAs.user(users, "service", () -> demands.classify(List.of(contact.id()), DemandKind.VALUE, null));
        assertThat(asAdmin(AuditFilter.all()
                        .withUser(userId("service"))
                        .withSubject(AuditSubject.CONTACT)
                        .withText("Triagerad kontakt")))
                .filteredOn(e -> e.subjectId() == contact.id())
                .extracting(AuditEntry::field, AuditEntry::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("demand.field.kind", "demandKind.VALUE"));

        Integer limit = RunAs.user(users, "admin", () -> board.wipLimits().get(Stage.ACTIONS));
        RunAs.user(users, "admin", () -> board.setWipLimit(Stage.ACTIONS, 77));
        RunAs.user(users, "admin", () -> board.setWipLimit(Stage.ACTIONS, limit));
        assertThat(asAdmin(AuditFilter.all().withSubject(AuditSubject.BOARD).withText("77")))
                .extracting(AuditEntry::subjectLabel, AuditEntry::oldValue, AuditEntry::newValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("ACTIONS", limit == null ? null : limit.toString(), "77"),
                        org.assertj.core.groups.Tuple.tuple("ACTIONS", "77", limit == null ? null : limit.toString()));
    }

    @Test
    void requirementHistoryIsPartOfTheLogAndFiltersNarrowIt() {
        List<AuditEntry> requirements = asAdmin(AuditFilter.all().withSubject(AuditSubject.REQUIREMENT));
        assertThat(requirements).isNotEmpty().allSatisfy(e -> {
            assertThat(e.subject()).isEqualTo(AuditSubject.REQUIREMENT);
            assertThat(e.field()).startsWith("history.field.");
        });
        assertThat(requirements)
                .filteredOn(e -> e.field().equals("history.field.stage") && e.newValue() != null)
                .allSatisfy(e -> assertThat(e.newValue()).startsWith("stage.").matches(v -> e.coded()));
        int all = RunAs.user(users, "admin", () -> audit.count(AuditFilter.all()));
        int requirementCount =
                RunAs.user(users, "admin", () -> audit.count(AuditFilter.all().withSubject(AuditSubject.REQUIREMENT)));
        int events = jdbc.queryForObject("select count(*) from audit_event", Integer.class);
        assertThat(all).isEqualTo(requirementCount + events);

        LocalDate tomorrow =
                LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).plusDays(1);
        assertThat(asAdmin(AuditFilter.all().withPeriod(tomorrow, null))).isEmpty();
        LocalDate today = tomorrow.minusDays(1);
        assertThat(asAdmin(AuditFilter.all().withPeriod(today, today)))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.changedAt())
                        .isAfter(java.time.Instant.now().minus(java.time.Duration.ofDays(2))));

        // Paging is stable: two pages of 10 are the first 20.
        List<AuditEntry> twenty = RunAs.user(users, "admin", () -> audit.find(AuditFilter.all(), 0, 20));
        List<AuditEntry> second = RunAs.user(users, "admin", () -> audit.find(AuditFilter.all(), 10, 10));
        assertThat(second).isEqualTo(twenty.subList(10, 20));
    }

    @Test
    void theExportIsTranslatedCsvOfTheFilteredLog() throws Exception {
        String name = "Exporterad AB " + System.nanoTime();
        newCustomer(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lines = RunAs.user(users, "admin", () -> {
            try {
                return audit.export(AuditFilter.all().withText(name), TranslationProvider.SWEDISH, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(lines).isGreaterThanOrEqualTo(2);
        assertThat(csv.lines().count()).isEqualTo(lines + 1);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("När;Vem;Typ;Vad;Ändring;Före;Efter");
        assertThat(csv).contains("Skapad").contains("Kund;" + name).contains("Småföretag");

        ByteArrayOutputStream english = new ByteArrayOutputStream();
        RunAs.user(users, "admin", () -> {
            try {
                return audit.export(AuditFilter.all().withText(name), Locale.ENGLISH, english);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(english.toString(StandardCharsets.UTF_8)).contains("Created").contains("Small business");
    }
}

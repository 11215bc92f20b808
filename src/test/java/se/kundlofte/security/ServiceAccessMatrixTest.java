package se.kundlofte.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.audit.AuditFilter;
import se.kundlofte.audit.AuditLogService;
import se.kundlofte.customer.CustomerExportService;
import se.kundlofte.customer.CustomerFilter;
import se.kundlofte.customer.CustomerForm;
import se.kundlofte.customer.CustomerImportOptions;
import se.kundlofte.customer.CustomerImportService;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.IndustryService;
import se.kundlofte.customer.NeedForm;
import se.kundlofte.customer.NeedService;
import se.kundlofte.customer.StakeholderForm;
import se.kundlofte.customer.StakeholderService;
import se.kundlofte.demand.Breakdown;
import se.kundlofte.demand.DemandAnalysisService;
import se.kundlofte.demand.DemandFilter;
import se.kundlofte.demand.DemandForm;
import se.kundlofte.demand.DemandKind;
import se.kundlofte.demand.DemandReferenceService;
import se.kundlofte.demand.DemandService;
import se.kundlofte.demand.Granularity;
import se.kundlofte.requirement.ActionForm;
import se.kundlofte.requirement.AnalysisForm;
import se.kundlofte.requirement.BoardFilter;
import se.kundlofte.requirement.CommunicationForm;
import se.kundlofte.requirement.MonitoringForm;
import se.kundlofte.requirement.PriorityForm;
import se.kundlofte.requirement.RejectionForm;
import se.kundlofte.requirement.RequirementActionService;
import se.kundlofte.requirement.RequirementBoardService;
import se.kundlofte.requirement.RequirementCommunicationService;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Stage;
import se.kundlofte.test.DemoUsers;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.user.NewUser;
import se.kundlofte.user.UserAdminService;
import se.kundlofte.user.UserChanges;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserPreferenceService;

/**
 * Role × service method: each guarded method is called as each role and without any user; it
 * either runs or is refused, exactly as the table says. Add every new service method here.
 */
@IntegrationTest
class ServiceAccessMatrixTest {

    private static final Set<String> ADMIN_ONLY = Set.of(AppRoles.ADMIN);
    private static final Set<String> EVERY_ROLE = Set.copyOf(AppRoles.ALL);
    private static final Set<String> SALES_ADMIN = Set.of(AppRoles.SALES, AppRoles.ADMIN);
    private static final Set<String> LOG = Set.of(AppRoles.CUSTOMER_SERVICE, AppRoles.ADMIN);
    private static final Set<String> CAPTURE = Set.of(AppRoles.SALES, AppRoles.CUSTOMER_SERVICE, AppRoles.ADMIN);
    private static final Set<String> EDIT_DETAILS =
            Set.of(AppRoles.SALES, AppRoles.CUSTOMER_SERVICE, AppRoles.PRODUCT_DEVELOPMENT, AppRoles.ADMIN);
    private static final Set<String> ANALYSE = Set.of(AppRoles.PRODUCT_DEVELOPMENT, AppRoles.ADMIN);
    private static final Set<String> COMMUNICATE = Set.of(AppRoles.SALES, AppRoles.MARKETING, AppRoles.ADMIN);
    private static final Set<String> MOVE =
            Set.of(AppRoles.PRODUCT_DEVELOPMENT, AppRoles.SALES, AppRoles.MARKETING, AppRoles.ADMIN);
    private static final List<Class<?>> SERVICES = List.of(
            UserAdminService.class,
            UserPreferenceService.class,
            UserDirectory.class,
            CustomerService.class,
            CustomerExportService.class,
            CustomerImportService.class,
            StakeholderService.class,
            NeedService.class,
            IndustryService.class,
            RequirementService.class,
            RequirementBoardService.class,
            RequirementActionService.class,
            RequirementCommunicationService.class,
            DemandService.class,
            DemandAnalysisService.class,
            DemandReferenceService.class,
            AuditLogService.class);

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    UserPreferenceService preferences;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    UserDirectory userDirectory;

    @Autowired
    CustomerService customers;

    @Autowired
    CustomerExportService exporter;

    @Autowired
    CustomerImportService importer;

    @Autowired
    StakeholderService stakeholders;

    @Autowired
    NeedService needs;

    @Autowired
    IndustryService industries;

    @Autowired
    RequirementService requirements;

    @Autowired
    RequirementBoardService board;

    @Autowired
    RequirementActionService actions;

    @Autowired
    RequirementCommunicationService communications;

    @Autowired
    DemandService demands;

    @Autowired
    DemandAnalysisService analysis;

    @Autowired
    DemandReferenceService references;

    @Autowired
    AuditLogService auditLog;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** Method → roles allowed. The calls use harmless arguments; refusal happens before they matter. */
    private Map<String, Case> table() {
        CustomerForm customer = new CustomerForm("", null, null, null, false, null, null);
        StakeholderForm stakeholder = new StakeholderForm("", null, null, null, Set.of(), false);
        NeedForm need = new NeedForm("", null, null);
        DemandForm demand = new DemandForm(null, null, "", null, null, null, null, null);
        RequirementForm requirement =
                new RequirementForm("", null, null, null, null, null, false, null, Set.of(), null, null);
        return Map.ofEntries(
                entry("UserAdminService.list", ADMIN_ONLY, () -> userAdmin.list(null, PageRequest.of(0, 5))),
                entry("UserAdminService.get", ADMIN_ONLY, () -> userAdmin.get(1)),
                entry(
                        "UserAdminService.create",
                        ADMIN_ONLY,
                        () -> userAdmin.create(new NewUser("x", "", "", null, Set.of(), ""))),
                entry(
                        "UserAdminService.update",
                        ADMIN_ONLY,
                        () -> userAdmin.update(new UserChanges(-1, 0, "", "", null, Set.of()))),
                entry("UserAdminService.setActive", ADMIN_ONLY, () -> userAdmin.setActive(-1, 0, true)),
                entry("UserAdminService.setPassword", ADMIN_ONLY, () -> userAdmin.setPassword(-1, "")),
                entry("UserAdminService.openSessions", ADMIN_ONLY, () -> userAdmin.openSessions(1)),
                entry("UserAdminService.endSessions", ADMIN_ONLY, () -> userAdmin.endSessions(-1)),
                entry("UserPreferenceService.save", EVERY_ROLE, () -> preferences.save(Locale.ENGLISH)),
                entry("UserDirectory.activeWithRole", EVERY_ROLE, () -> userDirectory.activeWithRole(AppRoles.SALES)),
                entry("UserDirectory.name", EVERY_ROLE, () -> userDirectory.name(1)),
                entry("UserDirectory.names", EVERY_ROLE, () -> userDirectory.names(List.of(1L))),
                entry(
                        "UserDirectory.activeWithAnyRole",
                        EVERY_ROLE,
                        () -> userDirectory.activeWithAnyRole(List.of(AppRoles.CEO))),
                entry(
                        "UserDirectory.isActiveWithRole",
                        EVERY_ROLE,
                        () -> userDirectory.isActiveWithRole(1, AppRoles.SALES)),
                entry(
                        "CustomerService.list",
                        EVERY_ROLE,
                        () -> customers.list(CustomerFilter.all(), PageRequest.of(0, 5))),
                entry("CustomerService.get", EVERY_ROLE, () -> customers.get(-1)),
                entry("CustomerService.create", SALES_ADMIN, () -> customers.create(customer)),
                entry("CustomerService.update", SALES_ADMIN, () -> customers.update(-1, 0, customer)),
                entry("CustomerService.setArchived", SALES_ADMIN, () -> customers.setArchived(-1, 0, true)),
                entry("CustomerExportService.export", EVERY_ROLE, () -> export()),
                entry("CustomerImportService.preview", SALES_ADMIN, () -> importer.preview(new byte[0])),
                entry("CustomerImportService.importFile", SALES_ADMIN, () -> importer.importFile(new byte[0])),
                entry("StakeholderService.forCustomer", EVERY_ROLE, () -> stakeholders.forCustomer(-1)),
                entry("StakeholderService.create", SALES_ADMIN, () -> stakeholders.create(-1, stakeholder)),
                entry("StakeholderService.update", SALES_ADMIN, () -> stakeholders.update(-1, 0, stakeholder)),
                entry("StakeholderService.delete", SALES_ADMIN, () -> stakeholders.delete(-1, 0)),
                entry("NeedService.forCustomer", EVERY_ROLE, () -> needs.forCustomer(-1)),
                entry("NeedService.create", SALES_ADMIN, () -> needs.create(-1, need)),
                entry("NeedService.update", SALES_ADMIN, () -> needs.update(-1, 0, need)),
                entry("NeedService.delete", SALES_ADMIN, () -> needs.delete(-1, 0)),
                entry("IndustryService.list", EVERY_ROLE, () -> industries.list(true)),
                entry("IndustryService.create", ADMIN_ONLY, () -> industries.create("", "")),
                entry("IndustryService.update", ADMIN_ONLY, () -> industries.update(-1, 0, "", "", true)),
                entry("RequirementService.get", EVERY_ROLE, () -> requirements.get(-1)),
                entry("RequirementService.history", EVERY_ROLE, () -> requirements.history(-1)),
                entry("RequirementService.forCustomer", EVERY_ROLE, () -> requirements.forCustomer(-1)),
                entry("RequirementService.create", CAPTURE, () -> requirements.create(requirement)),
                entry(
                        "RequirementService.updateDetails",
                        EDIT_DETAILS,
                        () -> requirements.updateDetails(-1, 0, requirement)),
                entry(
                        "RequirementService.updateAnalysis",
                        ANALYSE,
                        () -> requirements.updateAnalysis(-1, 0, new AnalysisForm(null, null, null, null, null, null))),
                entry(
                        "RequirementService.updatePriority",
                        ANALYSE,
                        () -> requirements.updatePriority(-1, 0, new PriorityForm(null, null, false))),
                entry(
                        "RequirementService.updateMonitoring",
                        ANALYSE,
                        () -> requirements.updateMonitoring(-1, 0, new MonitoringForm(null, null, null))),
                entry(
                        "RequirementService.updateRejection",
                        ANALYSE,
                        () -> requirements.updateRejection(-1, 0, new RejectionForm(null, false))),
                entry("RequirementBoardService.board", EVERY_ROLE, () -> board.board(BoardFilter.none(), Map.of())),
                entry("RequirementBoardService.wipLimits", EVERY_ROLE, () -> board.wipLimits()),
                entry("RequirementBoardService.setWipLimit", ADMIN_ONLY, () -> board.setWipLimit(Stage.IDENTIFIED, 0)),
                entry("RequirementBoardService.move", MOVE, () -> board.move(-1, 0, Stage.COMMUNICATED, null, false)),
                entry("RequirementActionService.forRequirement", EVERY_ROLE, () -> actions.forRequirement(-1)),
                entry(
                        "RequirementActionService.add",
                        ANALYSE,
                        () -> actions.add(-1, new ActionForm(null, "", null, null))),
                entry(
                        "RequirementActionService.update",
                        ANALYSE,
                        () -> actions.update(-1, 0, new ActionForm(null, "", null, null))),
                entry("RequirementActionService.setDone", ANALYSE, () -> actions.setDone(-1, 0, true)),
                entry("RequirementService.search", EVERY_ROLE, () -> requirements.search("x", PageRequest.of(0, 5))),
                entry(
                        "RequirementService.enteredStage",
                        EVERY_ROLE,
                        () -> requirements.enteredStage(-1, Stage.MONITORED)),
                entry("DemandService.log", LOG, () -> demands.log(demand)),
                entry("DemandService.correct", LOG, () -> demands.correct(-1, 0, demand)),
                entry("DemandService.undo", LOG, () -> demands.undo(-1, 0)),
                entry("DemandService.myRecent", EVERY_ROLE, () -> demands.myRecent(5)),
                entry(
                        "DemandService.contacts",
                        EVERY_ROLE,
                        () -> demands.contacts(DemandFilter.lastWeeks(1), PageRequest.of(0, 5))),
                entry(
                        "DemandService.classify",
                        LOG,
                        () -> demands.classify(List.of(-1L), DemandKind.UNCLASSIFIED, null)),
                entry(
                        "DemandAnalysisService.ratio",
                        EVERY_ROLE,
                        () -> analysis.ratio(DemandFilter.lastWeeks(4), Granularity.WEEK)),
                entry("DemandAnalysisService.pareto", EVERY_ROLE, () -> analysis.pareto(DemandFilter.lastWeeks(4))),
                entry(
                        "DemandAnalysisService.breakdown",
                        EVERY_ROLE,
                        () -> analysis.breakdown(DemandFilter.lastWeeks(4), Breakdown.CHANNEL, 5)),
                entry("DemandAnalysisService.beforeAfter", EVERY_ROLE, () -> analysis.beforeAfter()),
                entry(
                        "DemandAnalysisService.createRequirement",
                        CAPTURE,
                        () -> analysis.createRequirement(-1, List.of(), Locale.ENGLISH)),
                entry("DemandReferenceService.causes", EVERY_ROLE, () -> references.causes(true)),
                entry("DemandReferenceService.channels", EVERY_ROLE, () -> references.channels(true)),
                entry(
                        "DemandReferenceService.add",
                        ADMIN_ONLY,
                        () -> references.add(DemandReferenceService.Kind.CAUSE, "", "")),
                entry(
                        "DemandReferenceService.update",
                        ADMIN_ONLY,
                        () -> references.update(DemandReferenceService.Kind.CAUSE, -1, 0, "", "", true)),
                entry(
                        "RequirementCommunicationService.forRequirement",
                        EVERY_ROLE,
                        () -> communications.forRequirement(-1)),
                entry(
                        "RequirementCommunicationService.add",
                        COMMUNICATE,
                        () -> communications.add(-1, new CommunicationForm("", null, null, ""))),
                entry("UserDirectory.everyone", EVERY_ROLE, () -> userDirectory.everyone()),
                entry("AuditLogService.find", ADMIN_ONLY, () -> auditLog.find(AuditFilter.all(), 0, 5)),
                entry("AuditLogService.count", ADMIN_ONLY, () -> auditLog.count(AuditFilter.all())),
                entry("AuditLogService.export", ADMIN_ONLY, this::exportAudit));
    }

    private void exportAudit() {
        try {
            auditLog.export(AuditFilter.all(), Locale.ENGLISH, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void export() {
        try {
            exporter.export(CustomerFilter.all(), Locale.ENGLISH, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map.Entry<String, Case> entry(String method, Set<String> roles, Runnable call) {
        return Map.entry(method, new Case(roles, call));
    }

    @Test
    void eachRoleReachesExactlyTheMethodsTheTableAllows() {
        table().forEach((method, guarded) -> {
            for (String role : AppRoles.ALL) {
                loginAs(DemoUsers.of(role));
                if (guarded.roles().contains(role)) {
                    assertThatCode(() -> runIgnoringBusinessErrors(guarded.call()))
                            .as("%s as %s", method, role)
                            .doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(() -> guarded.call().run())
                            .as("%s as %s", method, role)
                            .isInstanceOf(AccessDeniedException.class);
                }
            }
        });
    }

    /** Overloads share a name in the table; these take import options, and creating industries is for admins. */
    @Test
    void importWithOptionsIsGuardedAndOnlyAdministratorsCreateIndustries() {
        CustomerImportOptions automatic = CustomerImportOptions.automatic(Locale.ENGLISH);
        CustomerImportOptions creating = automatic.withCreateMissingIndustries(true);
        Map<String, Case> calls = Map.of(
                "preview(options)",
                new Case(SALES_ADMIN, () -> importer.preview(new byte[0], automatic)),
                "importFile(options)",
                new Case(SALES_ADMIN, () -> importer.importFile(new byte[0], automatic)),
                "preview(create industries)",
                new Case(ADMIN_ONLY, () -> importer.preview(new byte[0], creating)),
                "importFile(create industries)",
                new Case(ADMIN_ONLY, () -> importer.importFile(new byte[0], creating)));
        calls.forEach((method, guarded) -> {
            for (String role : AppRoles.ALL) {
                loginAs(DemoUsers.of(role));
                if (guarded.roles().contains(role)) {
                    assertThatCode(() -> runIgnoringBusinessErrors(guarded.call()))
                            .as("%s as %s", method, role)
                            .doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(() -> guarded.call().run())
                            .as("%s as %s", method, role)
                            .isInstanceOf(AccessDeniedException.class);
                }
            }
            SecurityContextHolder.clearContext();
            assertThatThrownBy(() -> guarded.call().run())
                    .as(method)
                    .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
        });
    }

    @Test
    void nothingRunsWithoutALoggedInUser() {
        table().forEach((method, guarded) -> {
            SecurityContextHolder.clearContext();
            assertThatThrownBy(() -> guarded.call().run())
                    .as(method)
                    .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
        });
    }

    @Test
    void theTableCoversEveryPublicMethodOfTheServices() {
        Set<String> declared = new java.util.TreeSet<>();
        for (Class<?> service : SERVICES) {
            for (var method : service.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    declared.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(table().keySet()).containsExactlyInAnyOrderElementsOf(declared);
    }

    private void loginAs(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Passing the guard is what counts here; the harmless arguments then fail validation. */
    private static void runIgnoringBusinessErrors(Runnable call) {
        try {
            call.run();
        } catch (se.kundlofte.base.FieldValidationException | se.kundlofte.base.RuleViolationException e) {
            // reached the method body: access was granted
        }
    }

    private record Case(Set<String> roles, Runnable call) {}
}

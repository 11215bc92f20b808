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
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.JourneyPhase;
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
import se.kundlofte.demand.DemandScope;
import se.kundlofte.demand.DemandService;
import se.kundlofte.demand.Granularity;
import se.kundlofte.journey.JourneyExportService;
import se.kundlofte.journey.JourneyFiguresService;
import se.kundlofte.journey.JourneyForm;
import se.kundlofte.journey.JourneyGapService;
import se.kundlofte.journey.JourneyService;
import se.kundlofte.journey.ObservationForm;
import se.kundlofte.journey.ObservationService;
import se.kundlofte.journey.StageContent;
import se.kundlofte.promise.BeyondForm;
import se.kundlofte.promise.CheckForm;
import se.kundlofte.promise.HealthThresholds;
import se.kundlofte.promise.PerceivedForm;
import se.kundlofte.promise.PromiseFilter;
import se.kundlofte.promise.PromiseForm;
import se.kundlofte.promise.PromiseGapService;
import se.kundlofte.promise.PromiseHealthService;
import se.kundlofte.promise.PromiseReviewService;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.promise.ReviewForm;
import se.kundlofte.promise.ReviewItem;
import se.kundlofte.requirement.ActionForm;
import se.kundlofte.requirement.AnalysisForm;
import se.kundlofte.requirement.BoardFilter;
import se.kundlofte.requirement.BoardSnapshots;
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
import se.kundlofte.satisfaction.FollowUpCloseForm;
import se.kundlofte.satisfaction.FollowUpFilter;
import se.kundlofte.satisfaction.FollowUpService;
import se.kundlofte.satisfaction.SatisfactionFilter;
import se.kundlofte.satisfaction.SatisfactionService;
import se.kundlofte.satisfaction.SurveyImportOptions;
import se.kundlofte.satisfaction.SurveyImportService;
import se.kundlofte.satisfaction.SurveyResponseForm;
import se.kundlofte.satisfaction.SurveyResponseService;
import se.kundlofte.satisfaction.SurveyType;
import se.kundlofte.test.DemoUsers;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.user.NewUser;
import se.kundlofte.user.UserAdminService;
import se.kundlofte.user.UserChanges;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserPreferenceService;

/**
 * Role × service method: each guarded method is called as each role and without any user; it
 * either runs or is refused, exactly as the permission it needs in the table and the roles that
 * hold it ({@link Permission#rolesWith}) say. Add every new service method here.
 */
@IntegrationTest
class ServiceAccessMatrixTest {

    /** For the user's own settings: any logged-in user, whatever their roles grant. */
    private static final String ANY_LOGGED_IN_USER = "(any logged-in user)";

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
            BoardSnapshots.class,
            RequirementActionService.class,
            RequirementCommunicationService.class,
            DemandService.class,
            DemandAnalysisService.class,
            DemandReferenceService.class,
            AuditLogService.class,
            SatisfactionService.class,
            SurveyResponseService.class,
            FollowUpService.class,
            SurveyImportService.class,
            PromiseService.class,
            PromiseHealthService.class,
            PromiseGapService.class,
            PromiseReviewService.class,
            // journey links
            JourneyFiguresService.class,
            // journey map
            JourneyService.class,
            ObservationService.class,
            JourneyGapService.class,
            JourneyExportService.class);

    @Autowired
    BusinessTime businessTime;

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
    BoardSnapshots snapshots;

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

    @Autowired
    SatisfactionService satisfaction;

    @Autowired
    SurveyResponseService surveyResponses;

    @Autowired
    FollowUpService followUps;

    @Autowired
    SurveyImportService surveyImport;

    @Autowired
    PromiseService promises;

    @Autowired
    PromiseHealthService promiseHealth;

    @Autowired
    PromiseGapService promiseGaps;

    @Autowired
    PromiseReviewService promiseReviews;

    @Autowired
    JourneyFiguresService journeyFigures;

    @Autowired
    JourneyService journeyService;

    @Autowired
    ObservationService journeyObservations;

    @Autowired
    JourneyGapService journeyGaps;

    @Autowired
    JourneyExportService journeyExport;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Method → the permission it needs; the roles allowed are {@link Permission#rolesWith} it. The
     * calls use harmless arguments; refusal happens before they matter.
     */
    private Map<String, Case> table() {
        CustomerForm customer = new CustomerForm("", null, null, null, false, null, null);
        StakeholderForm stakeholder = new StakeholderForm("", null, null, null, Set.of(), false);
        NeedForm need = new NeedForm("", null, null);
        DemandForm demand = DemandForm.of(null, "");
        RequirementForm requirement = RequirementForm.of("", null);
        return Map.ofEntries(
                entry("UserAdminService.list", Permission.USER_ADMIN, () -> userAdmin.list(null, PageRequest.of(0, 5))),
                entry("UserAdminService.get", Permission.USER_ADMIN, () -> userAdmin.get(1)),
                entry(
                        "UserAdminService.create",
                        Permission.USER_ADMIN,
                        () -> userAdmin.create(new NewUser("x", "", "", null, Set.of(), ""))),
                entry(
                        "UserAdminService.update",
                        Permission.USER_ADMIN,
                        () -> userAdmin.update(new UserChanges(-1, 0, "", "", null, Set.of()))),
                entry("UserAdminService.setActive", Permission.USER_ADMIN, () -> userAdmin.setActive(-1, 0, true)),
                entry("UserAdminService.setPassword", Permission.USER_ADMIN, () -> userAdmin.setPassword(-1, "")),
                entry("UserAdminService.openSessions", Permission.USER_ADMIN, () -> userAdmin.openSessions(1)),
                entry("UserAdminService.endSessions", Permission.USER_ADMIN, () -> userAdmin.endSessions(-1)),
                entry("UserPreferenceService.save", ANY_LOGGED_IN_USER, () -> preferences.save(Locale.ENGLISH)),
                entry(
                        "UserDirectory.activeWithRole",
                        Permission.PORTAL_USE,
                        () -> userDirectory.activeWithRole(AppRoles.SALES)),
                entry("UserDirectory.name", Permission.PORTAL_USE, () -> userDirectory.name(1)),
                entry("UserDirectory.names", Permission.PORTAL_USE, () -> userDirectory.names(List.of(1L))),
                entry(
                        "UserDirectory.activeWithPermission",
                        Permission.PORTAL_USE,
                        () -> userDirectory.activeWithPermission(Permission.REQUIREMENT_OWN)),
                entry(
                        "UserDirectory.isActiveWithPermission",
                        Permission.PORTAL_USE,
                        () -> userDirectory.isActiveWithPermission(1, Permission.CUSTOMER_OWN)),
                entry(
                        "CustomerService.list",
                        Permission.CUSTOMER_READ,
                        () -> customers.list(CustomerFilter.all(), PageRequest.of(0, 5))),
                entry("CustomerService.get", Permission.CUSTOMER_READ, () -> customers.get(-1)),
                entry("CustomerService.create", Permission.CUSTOMER_EDIT, () -> customers.create(customer)),
                entry("CustomerService.update", Permission.CUSTOMER_EDIT, () -> customers.update(-1, 0, customer)),
                entry(
                        "CustomerService.setArchived",
                        Permission.CUSTOMER_EDIT,
                        () -> customers.setArchived(-1, 0, true)),
                entry("CustomerExportService.export", Permission.CUSTOMER_READ, () -> export()),
                entry("CustomerImportService.preview", Permission.CUSTOMER_EDIT, () -> importer.preview(new byte[0])),
                entry(
                        "CustomerImportService.importFile",
                        Permission.CUSTOMER_EDIT,
                        () -> importer.importFile(new byte[0])),
                entry("StakeholderService.forCustomer", Permission.CUSTOMER_READ, () -> stakeholders.forCustomer(-1)),
                entry(
                        "StakeholderService.create",
                        Permission.CUSTOMER_EDIT,
                        () -> stakeholders.create(-1, stakeholder)),
                entry(
                        "StakeholderService.update",
                        Permission.CUSTOMER_EDIT,
                        () -> stakeholders.update(-1, 0, stakeholder)),
                entry("StakeholderService.delete", Permission.CUSTOMER_EDIT, () -> stakeholders.delete(-1, 0)),
                entry("NeedService.forCustomer", Permission.CUSTOMER_READ, () -> needs.forCustomer(-1)),
                entry("NeedService.create", Permission.CUSTOMER_EDIT, () -> needs.create(-1, need)),
                entry("NeedService.update", Permission.CUSTOMER_EDIT, () -> needs.update(-1, 0, need)),
                entry("NeedService.delete", Permission.CUSTOMER_EDIT, () -> needs.delete(-1, 0)),
                entry("IndustryService.list", Permission.CUSTOMER_READ, () -> industries.list(true)),
                entry("IndustryService.create", Permission.INDUSTRY_ADMIN, () -> industries.create("", "")),
                entry(
                        "IndustryService.update",
                        Permission.INDUSTRY_ADMIN,
                        () -> industries.update(-1, 0, "", "", true)),
                entry("RequirementService.get", Permission.REQUIREMENT_READ, () -> requirements.get(-1)),
                entry("RequirementService.history", Permission.REQUIREMENT_READ, () -> requirements.history(-1)),
                entry(
                        "RequirementService.forCustomer",
                        Permission.REQUIREMENT_READ,
                        () -> requirements.forCustomer(-1)),
                entry(
                        "RequirementService.summaries",
                        Permission.REQUIREMENT_READ,
                        () -> requirements.summaries(List.of(-1L))),
                entry(
                        "RequirementService.create",
                        Permission.REQUIREMENT_CREATE,
                        () -> requirements.create(requirement)),
                entry(
                        "RequirementService.updateDetails",
                        Permission.REQUIREMENT_EDIT_DETAILS,
                        () -> requirements.updateDetails(-1, 0, requirement)),
                entry(
                        "RequirementService.updateAnalysis",
                        Permission.REQUIREMENT_ANALYSE,
                        () -> requirements.updateAnalysis(-1, 0, new AnalysisForm(null, null, null, null, null, null))),
                entry(
                        "RequirementService.updatePriority",
                        Permission.REQUIREMENT_ANALYSE,
                        () -> requirements.updatePriority(-1, 0, new PriorityForm(null, null, false))),
                entry(
                        "RequirementService.updateMonitoring",
                        Permission.REQUIREMENT_ANALYSE,
                        () -> requirements.updateMonitoring(-1, 0, new MonitoringForm(null, null, null))),
                entry(
                        "RequirementService.updateRejection",
                        Permission.REQUIREMENT_ANALYSE,
                        () -> requirements.updateRejection(-1, 0, new RejectionForm(null, false))),
                entry(
                        "RequirementBoardService.board",
                        Permission.REQUIREMENT_READ,
                        () -> board.board(BoardFilter.none(), Map.of())),
                entry("RequirementBoardService.wipLimits", Permission.REQUIREMENT_READ, () -> board.wipLimits()),
                entry(
                        "RequirementBoardService.setWipLimit",
                        Permission.BOARD_WIP_LIMITS,
                        () -> board.setWipLimit(Stage.IDENTIFIED, 0)),
                entry(
                        "RequirementBoardService.move",
                        Permission.REQUIREMENT_MOVE,
                        () -> board.move(-1, 0, Stage.COMMUNICATED, null, false)),
                entry(
                        "RequirementBoardService.moveCard",
                        Permission.REQUIREMENT_MOVE,
                        () -> board.moveCard(-1, 0, Stage.COMMUNICATED, null, false)),
                entry(
                        "RequirementBoardService.columns",
                        Permission.REQUIREMENT_READ,
                        () -> board.columns(BoardFilter.none(), Map.of(Stage.IDENTIFIED, 1))),
                entry(
                        "RequirementBoardService.cards",
                        Permission.REQUIREMENT_READ,
                        () -> board.cards(BoardFilter.none(), Stage.IDENTIFIED, 0, 1)),
                entry(
                        "BoardSnapshots.board",
                        Permission.REQUIREMENT_READ,
                        () -> snapshots.board(BoardFilter.none(), Map.of())),
                entry(
                        "BoardSnapshots.columns",
                        Permission.REQUIREMENT_READ,
                        () -> snapshots.columns(BoardFilter.none(), Map.of(Stage.IDENTIFIED, 1))),
                entry(
                        "RequirementBoardService.position",
                        Permission.REQUIREMENT_READ,
                        () -> board.position(BoardFilter.none(), Stage.IDENTIFIED, -1)),
                entry(
                        "RequirementActionService.forRequirement",
                        Permission.REQUIREMENT_READ,
                        () -> actions.forRequirement(-1)),
                entry(
                        "RequirementActionService.add",
                        Permission.REQUIREMENT_ANALYSE,
                        () -> actions.add(-1, new ActionForm(null, "", null, null))),
                entry(
                        "RequirementActionService.update",
                        Permission.REQUIREMENT_ANALYSE,
                        () -> actions.update(-1, 0, new ActionForm(null, "", null, null))),
                entry(
                        "RequirementActionService.setDone",
                        Permission.REQUIREMENT_ANALYSE,
                        () -> actions.setDone(-1, 0, true)),
                entry(
                        "RequirementService.search",
                        Permission.REQUIREMENT_READ,
                        () -> requirements.search("x", PageRequest.of(0, 5))),
                entry(
                        "RequirementService.enteredStage",
                        Permission.REQUIREMENT_READ,
                        () -> requirements.enteredStage(-1, Stage.MONITORED)),
                entry("DemandService.log", Permission.DEMAND_LOG, () -> demands.log(demand)),
                entry("DemandService.correct", Permission.DEMAND_LOG, () -> demands.correct(-1, 0, demand)),
                entry("DemandService.undo", Permission.DEMAND_LOG, () -> demands.undo(-1, 0)),
                entry("DemandService.myRecent", Permission.DEMAND_READ, () -> demands.myRecent(5)),
                entry(
                        "DemandService.contacts",
                        Permission.DEMAND_READ,
                        () -> demands.contacts(DemandFilter.lastWeeks(1, businessTime.today()), PageRequest.of(0, 5))),
                entry(
                        "DemandService.classify",
                        Permission.DEMAND_LOG,
                        () -> demands.classify(List.of(-1L), DemandKind.UNCLASSIFIED, null)),
                entry(
                        "DemandAnalysisService.ratio",
                        Permission.DEMAND_READ,
                        () -> analysis.ratio(DemandFilter.lastWeeks(4, businessTime.today()), Granularity.WEEK)),
                entry(
                        "DemandAnalysisService.pareto",
                        Permission.DEMAND_READ,
                        () -> analysis.pareto(DemandFilter.lastWeeks(4, businessTime.today()))),
                entry(
                        "DemandAnalysisService.breakdown",
                        Permission.DEMAND_READ,
                        () -> analysis.breakdown(
                                DemandFilter.lastWeeks(4, businessTime.today()), Breakdown.CHANNEL, 5)),
                entry("DemandAnalysisService.beforeAfter", Permission.DEMAND_READ, () -> analysis.beforeAfter()),
                entry(
                        "DemandAnalysisService.createRequirement",
                        Permission.REQUIREMENT_CREATE,
                        () -> analysis.createRequirement(-1, List.of(), Locale.ENGLISH)),
                entry("DemandReferenceService.causes", Permission.DEMAND_READ, () -> references.causes(true)),
                entry("DemandReferenceService.channels", Permission.DEMAND_READ, () -> references.channels(true)),
                entry(
                        "DemandReferenceService.add",
                        Permission.DEMAND_REFERENCE_ADMIN,
                        () -> references.add(DemandReferenceService.Kind.CAUSE, "", "")),
                entry(
                        "DemandReferenceService.update",
                        Permission.DEMAND_REFERENCE_ADMIN,
                        () -> references.update(DemandReferenceService.Kind.CAUSE, -1, 0, "", "", true)),
                entry(
                        "RequirementCommunicationService.forRequirement",
                        Permission.REQUIREMENT_READ,
                        () -> communications.forRequirement(-1)),
                entry(
                        "RequirementCommunicationService.add",
                        Permission.REQUIREMENT_COMMUNICATE,
                        () -> communications.add(-1, new CommunicationForm("", null, null, ""))),
                entry("UserDirectory.everyone", Permission.PORTAL_USE, () -> userDirectory.everyone()),
                entry("AuditLogService.find", Permission.AUDIT_READ, () -> auditLog.find(AuditFilter.all(), 0, 5)),
                entry("AuditLogService.count", Permission.AUDIT_READ, () -> auditLog.count(AuditFilter.all())),
                entry("AuditLogService.export", Permission.AUDIT_READ, this::exportAudit),
                entry(
                        "DemandAnalysisService.failureByStage",
                        Permission.DEMAND_READ,
                        () -> analysis.failureByStage(DemandScope.between(businessTime.today(), businessTime.today()))),
                entry(
                        "DemandAnalysisService.failureBySegment",
                        Permission.DEMAND_READ,
                        () -> analysis.failureBySegment(
                                DemandScope.between(businessTime.today(), businessTime.today()))),
                entry(
                        "SatisfactionService.trend",
                        Permission.SATISFACTION_READ,
                        () -> satisfaction.trend(SurveyType.NPS, lastMonth(), Granularity.MONTH)),
                entry(
                        "SatisfactionService.total",
                        Permission.SATISFACTION_READ,
                        () -> satisfaction.total(SurveyType.CSAT, lastMonth())),
                entry(
                        "SatisfactionService.byStage",
                        Permission.SATISFACTION_READ,
                        () -> satisfaction.byStage(SurveyType.CES, lastMonth())),
                entry(
                        "SatisfactionService.bySegment",
                        Permission.SATISFACTION_READ,
                        () -> satisfaction.bySegment(SurveyType.NPS, lastMonth())),
                entry(
                        "SatisfactionService.comments",
                        Permission.SATISFACTION_READ,
                        () -> satisfaction.comments(lastMonth(), null, PageRequest.of(0, 5))),
                entry("SatisfactionService.latestOf", Permission.SATISFACTION_READ, () -> satisfaction.latestOf(-1, 5)),
                entry(
                        "SurveyResponseService.record",
                        Permission.SATISFACTION_RECORD,
                        () -> surveyResponses.record(SurveyResponseForm.of(null, null, null, null))),
                entry(
                        "FollowUpService.list",
                        Permission.SATISFACTION_READ,
                        () -> followUps.list(FollowUpFilter.open(), PageRequest.of(0, 5))),
                entry("FollowUpService.mine", Permission.SATISFACTION_READ, () -> followUps.mine(5)),
                entry("FollowUpService.countOpen", Permission.SATISFACTION_READ, () -> followUps.countOpen(true, null)),
                entry("FollowUpService.get", Permission.SATISFACTION_READ, () -> followUps.get(-1)),
                entry(
                        "FollowUpService.overdueAfterDays",
                        Permission.SATISFACTION_READ,
                        () -> followUps.overdueAfterDays()),
                entry(
                        "FollowUpService.promisesAvailable",
                        Permission.SATISFACTION_READ,
                        () -> followUps.promisesAvailable()),
                entry("FollowUpService.promisesFor", Permission.SATISFACTION_READ, () -> followUps.promisesFor(-1)),
                entry(
                        "FollowUpService.close",
                        Permission.FOLLOW_UP_CLOSE,
                        () -> followUps.close(-1, 0, new FollowUpCloseForm(null, null))),
                entry(
                        "FollowUpService.raiseRequirement",
                        Permission.REQUIREMENT_CREATE,
                        () -> followUps.raiseRequirement(-1, Locale.ENGLISH)),
                entry(
                        "FollowUpService.tagPromise",
                        Permission.FOLLOW_UP_CLOSE,
                        () -> followUps.tagPromise(-1, -1, null)),
                // promise and satisfaction fixes: the audit log's links to responses and follow-ups
                entry(
                        "SatisfactionService.customerOfResponse",
                        Permission.SATISFACTION_READ,
                        () -> satisfaction.customerOfResponse(-1)),
                entry("FollowUpService.customerOf", Permission.SATISFACTION_READ, () -> followUps.customerOf(-1)),
                // promise and satisfaction fixes: a review dialog reloads its review after a conflict
                entry("PromiseReviewService.review", Permission.PROMISE_READ, () -> promiseReviews.review(-1)),
                entry(
                        "SurveyImportService.preview",
                        Permission.SATISFACTION_RECORD,
                        () -> surveyImport.preview(new byte[0], SurveyImportOptions.automatic(Locale.ENGLISH))),
                entry(
                        "SurveyImportService.importFile",
                        Permission.SATISFACTION_RECORD,
                        () -> surveyImport.importFile(new byte[0], SurveyImportOptions.automatic(Locale.ENGLISH))),
                entry("DemandService.tagPromise", Permission.DEMAND_LOG, () -> demands.tagPromise(List.of(-1L), -1)),
                entry(
                        "DemandAnalysisService.promiseFailures",
                        Permission.DEMAND_READ,
                        () -> analysis.promiseFailures(List.of(-1L), businessTime.today(), businessTime.today())),
                entry(
                        "DemandAnalysisService.promiseFailuresByMonth",
                        Permission.DEMAND_READ,
                        () -> analysis.promiseFailuresByMonth(-1, businessTime.today(), businessTime.today())),
                entry(
                        "PromiseService.list",
                        Permission.PROMISE_READ,
                        () -> promises.list(PromiseFilter.all(), PageRequest.of(0, 5))),
                entry("PromiseService.count", Permission.PROMISE_READ, () -> promises.count(PromiseFilter.all())),
                entry("PromiseService.get", Permission.PROMISE_READ, () -> promises.get(-1)),
                entry("PromiseService.versions", Permission.PROMISE_READ, () -> promises.versions(-1)),
                entry("PromiseService.forCustomer", Permission.PROMISE_READ, () -> promises.forCustomer(-1)),
                entry("PromiseService.activeFor", Permission.PROMISE_READ, () -> promises.activeFor(null)),
                entry("PromiseService.create", Permission.PROMISE_EDIT, () -> promises.create(PromiseForm.of("", ""))),
                entry(
                        "PromiseService.update",
                        Permission.PROMISE_EDIT,
                        () -> promises.update(-1, 0, PromiseForm.of("", ""), null)),
                entry("PromiseService.retire", Permission.PROMISE_EDIT, () -> promises.retire(-1, 0, true)),
                entry("PromiseService.delete", Permission.PROMISE_EDIT, () -> promises.delete(-1, 0)),
                entry(
                        "PromiseService.setThresholds",
                        Permission.PROMISE_EDIT,
                        () -> promises.setThresholds(-1, 0, HealthThresholds.DEFAULTS)),
                entry("PromiseService.requirements", Permission.PROMISE_READ, () -> promises.requirements(-1)),
                entry(
                        "PromiseService.promisesOfRequirement",
                        Permission.PROMISE_READ,
                        () -> promises.promisesOfRequirement(-1)),
                entry(
                        "PromiseService.createRequirement",
                        Permission.PROMISE_EDIT,
                        () -> promises.createRequirement(-1, RequirementForm.of("", null))),
                entry("PromiseHealthService.health", Permission.PROMISE_READ, () -> promiseHealth.health(-1)),
                entry("PromiseHealthService.fulfilment", Permission.PROMISE_READ, () -> promiseHealth.fulfilment(-1)),
                entry(
                        "PromiseHealthService.checks",
                        Permission.PROMISE_READ,
                        () -> promiseHealth.checks(-1, businessTime.today(), businessTime.today())),
                entry(
                        "PromiseHealthService.contacts",
                        Permission.PROMISE_READ,
                        () -> promiseHealth.contacts(
                                -1, businessTime.today(), businessTime.today(), PageRequest.of(0, 5))),
                entry(
                        "PromiseHealthService.addCheck",
                        Permission.PROMISE_EDIT,
                        () -> promiseHealth.addCheck(-1, new CheckForm(null, null, null, null, ""))),
                entry("PromiseGapService.perceived", Permission.PROMISE_READ, () -> promiseGaps.perceived(-1)),
                entry(
                        "PromiseGapService.perceivedForCustomer",
                        Permission.PROMISE_READ,
                        () -> promiseGaps.perceivedForCustomer(-1)),
                entry("PromiseGapService.beyond", Permission.PROMISE_READ, () -> promiseGaps.beyond(-1)),
                entry(
                        "PromiseGapService.beyondForCustomer",
                        Permission.PROMISE_READ,
                        () -> promiseGaps.beyondForCustomer(-1)),
                entry(
                        "PromiseGapService.addPerceived",
                        Permission.PROMISE_PERCEIVED,
                        () -> promiseGaps.addPerceived(-1, new PerceivedForm(null, null, "", null, null))),
                entry(
                        "PromiseGapService.addBeyond",
                        Permission.PROMISE_PERCEIVED,
                        () -> promiseGaps.addBeyond(-1, new BeyondForm(null, "", null, null, null))),
                entry("PromiseReviewService.openReviews", Permission.PROMISE_READ, () -> promiseReviews.openReviews()),
                entry("PromiseReviewService.reviews", Permission.PROMISE_READ, () -> promiseReviews.reviews(-1)),
                entry(
                        "PromiseReviewService.mayDecide",
                        Permission.PROMISE_READ,
                        () -> promiseReviews.mayDecide(new ReviewItem(
                                -1,
                                0,
                                -1,
                                "",
                                -1,
                                "",
                                -1,
                                "",
                                "",
                                null,
                                java.time.Instant.EPOCH,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null))),
                entry(
                        "PromiseReviewService.decide",
                        Permission.PROMISE_READ,
                        () -> promiseReviews.decide(-1, 0, new ReviewForm(null, "", null, null))),
                // journey links
                entry(
                        "RequirementService.countsByJourneyStage",
                        Permission.REQUIREMENT_READ,
                        () -> requirements.countsByJourneyStage(List.of(-1L))),
                entry(
                        "DemandAnalysisService.byJourneyStage",
                        Permission.DEMAND_READ,
                        () -> analysis.byJourneyStage(List.of(-1L), businessTime.today(), businessTime.today())),
                entry(
                        "SatisfactionService.byPhase",
                        Permission.SATISFACTION_READ,
                        () -> satisfaction.byPhase(SurveyType.NPS, null, businessTime.today(), businessTime.today())),
                entry("PromiseService.forJourney", Permission.PROMISE_READ, () -> promises.forJourney(null)),
                entry("JourneyFiguresService.figures", Permission.JOURNEY_READ, () -> journeyFigures.figures(-1)),
                entry("JourneyFiguresService.failureFrom", Permission.JOURNEY_READ, () -> journeyFigures.failureFrom()),
                entry(
                        "RequirementService.journeyStageReferences",
                        Permission.JOURNEY_EDIT,
                        () -> requirements.journeyStageReferences(List.of(-1L))),
                entry(
                        "RequirementService.reassignJourneyStage",
                        Permission.JOURNEY_EDIT,
                        () -> requirements.reassignJourneyStage(-1, -1, JourneyPhase.ORDER)),
                entry(
                        "DemandService.journeyStageReferences",
                        Permission.JOURNEY_EDIT,
                        () -> demands.journeyStageReferences(List.of(-1L))),
                entry(
                        "DemandService.reassignJourneyStage",
                        Permission.JOURNEY_EDIT,
                        () -> demands.reassignJourneyStage(-1, -1, JourneyPhase.ORDER)),
                // journey map
                entry("JourneyService.list", Permission.JOURNEY_READ, () -> journeyService.list()),
                entry("JourneyService.map", Permission.JOURNEY_READ, () -> journeyService.map(-1)),
                entry("JourneyService.stage", Permission.JOURNEY_READ, () -> journeyService.stage(-1)),
                entry(
                        "JourneyService.create",
                        Permission.JOURNEY_EDIT,
                        () -> journeyService.create(JourneyForm.of(" "))),
                entry(
                        "JourneyService.update",
                        Permission.JOURNEY_EDIT,
                        () -> journeyService.update(-1, 0, JourneyForm.of("x"))),
                entry("JourneyService.delete", Permission.JOURNEY_EDIT, () -> journeyService.delete(-1, 0)),
                entry("JourneyService.references", Permission.JOURNEY_EDIT, () -> journeyService.references(-1)),
                entry(
                        "JourneyService.addStage",
                        Permission.JOURNEY_EDIT,
                        () -> journeyService.addStage(-1, "x", JourneyPhase.ORDER, 0)),
                entry("JourneyService.moveStage", Permission.JOURNEY_EDIT, () -> journeyService.moveStage(-1, 0)),
                entry("JourneyService.moveStageBy", Permission.JOURNEY_EDIT, () -> journeyService.moveStageBy(-1, 1)),
                entry(
                        "JourneyService.removeStage",
                        Permission.JOURNEY_EDIT,
                        () -> journeyService.removeStage(-1, 0, null)),
                entry(
                        "JourneyService.saveStage",
                        Permission.JOURNEY_EDIT,
                        () -> journeyService.saveStage(-1, 0, null, JourneyPhase.USE, StageContent.empty())),
                entry(
                        "ObservationService.add",
                        Permission.JOURNEY_OBSERVE,
                        () -> journeyObservations.add(ObservationForm.of(null, null, null))),
                entry(
                        "ObservationService.ofJourney",
                        Permission.JOURNEY_READ,
                        () -> journeyObservations.ofJourney(-1, 0, 10)),
                entry(
                        "ObservationService.countOfJourney",
                        Permission.JOURNEY_READ,
                        () -> journeyObservations.countOfJourney(-1)),
                entry("ObservationService.ofStage", Permission.JOURNEY_READ, () -> journeyObservations.ofStage(-1)),
                entry("JourneyGapService.gaps", Permission.JOURNEY_READ, () -> journeyGaps.gaps(-1)),
                entry(
                        "JourneyGapService.createRequirement",
                        Permission.REQUIREMENT_CREATE,
                        () -> journeyGaps.createRequirement(-1, key -> key)),
                entry("JourneyExportService.export", Permission.JOURNEY_READ, () -> {
                    try {
                        journeyExport.export(-1, Locale.ENGLISH, OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
    }

    private SatisfactionFilter lastMonth() {
        return SatisfactionFilter.between(businessTime.today().minusMonths(1), businessTime.today());
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

    private static Map.Entry<String, Case> entry(String method, String permission, Runnable call) {
        Set<String> roles =
                permission.equals(ANY_LOGGED_IN_USER) ? Set.copyOf(AppRoles.ALL) : Permission.rolesWith(permission);
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
                new Case(
                        Permission.rolesWith(Permission.CUSTOMER_EDIT), () -> importer.preview(new byte[0], automatic)),
                "importFile(options)",
                new Case(
                        Permission.rolesWith(Permission.CUSTOMER_EDIT),
                        () -> importer.importFile(new byte[0], automatic)),
                "preview(create industries)",
                new Case(
                        Permission.rolesWith(Permission.INDUSTRY_ADMIN), () -> importer.preview(new byte[0], creating)),
                "importFile(create industries)",
                new Case(
                        Permission.rolesWith(Permission.INDUSTRY_ADMIN),
                        () -> importer.importFile(new byte[0], creating)));
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

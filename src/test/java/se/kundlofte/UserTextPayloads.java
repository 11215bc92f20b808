package se.kundlofte;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerForm;
import se.kundlofte.customer.CustomerRole;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.IndustryService;
import se.kundlofte.customer.NeedForm;
import se.kundlofte.customer.NeedKind;
import se.kundlofte.customer.NeedService;
import se.kundlofte.customer.Segment;
import se.kundlofte.customer.StakeholderForm;
import se.kundlofte.customer.StakeholderService;
import se.kundlofte.demand.DemandForm;
import se.kundlofte.demand.DemandKind;
import se.kundlofte.demand.DemandReferenceService;
import se.kundlofte.demand.DemandService;
import se.kundlofte.journey.Coverage;
import se.kundlofte.journey.JourneyDetails;
import se.kundlofte.journey.JourneyForm;
import se.kundlofte.journey.JourneyService;
import se.kundlofte.journey.ObservationForm;
import se.kundlofte.journey.ObservationService;
import se.kundlofte.journey.StageContent;
import se.kundlofte.journey.StageItem;
import se.kundlofte.promise.BeyondForm;
import se.kundlofte.promise.CheckForm;
import se.kundlofte.promise.PerceivedForm;
import se.kundlofte.promise.PromiseDetails;
import se.kundlofte.promise.PromiseForm;
import se.kundlofte.promise.PromiseGapService;
import se.kundlofte.promise.PromiseHealthService;
import se.kundlofte.promise.PromiseReviewService;
import se.kundlofte.promise.PromiseScope;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.promise.ReviewDecision;
import se.kundlofte.promise.ReviewForm;
import se.kundlofte.promise.ReviewItem;
import se.kundlofte.requirement.ActionForm;
import se.kundlofte.requirement.ActionType;
import se.kundlofte.requirement.AnalysisForm;
import se.kundlofte.requirement.Answer;
import se.kundlofte.requirement.Channel;
import se.kundlofte.requirement.CommunicationForm;
import se.kundlofte.requirement.Effort;
import se.kundlofte.requirement.MonitoringForm;
import se.kundlofte.requirement.RejectionForm;
import se.kundlofte.requirement.RequirementActionService;
import se.kundlofte.requirement.RequirementCommunicationService;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Source;
import se.kundlofte.satisfaction.FollowUpCloseForm;
import se.kundlofte.satisfaction.FollowUpFilter;
import se.kundlofte.satisfaction.FollowUpItem;
import se.kundlofte.satisfaction.FollowUpService;
import se.kundlofte.satisfaction.SurveyResponseForm;
import se.kundlofte.satisfaction.SurveyResponseService;
import se.kundlofte.satisfaction.SurveyType;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.RunAs;
import se.kundlofte.user.NewUser;
import se.kundlofte.user.UserAdminService;

/**
 * Stores script and markup payloads in every free-text field users fill in, through the real
 * services. A payload that ran would set {@code window.kundlofteXss} or leave an {@code img src=x}.
 */
record UserTextPayloads(
        long customerId, long requirementId, long rejectedRequirementId, long promiseId, long journeyId) {

    static final String MARKER = "XSS";
    static final String SCRIPT = MARKER + " <script data-xss>window.kundlofteXss=1</script>";
    static final String IMAGE = MARKER + " <img src=x onerror=\"window.kundlofteXss=2\">";

    /** The services the payloads go through. */
    @Component
    record Services(
            CustomerService customers,
            StakeholderService stakeholders,
            NeedService needs,
            IndustryService industries,
            RequirementService requirements,
            RequirementActionService actions,
            RequirementCommunicationService communications,
            DemandService demands,
            DemandReferenceService references,
            UserAdminService userAdmin,
            SurveyResponseService surveyResponses,
            FollowUpService followUps,
            PromiseService promises,
            PromiseHealthService promiseHealth,
            PromiseGapService promiseGaps,
            PromiseReviewService promiseReviews,
            JourneyService journeys,
            ObservationService observations) {}

    static UserTextPayloads seed(UserDetailsService users, Services s) {
        long unique = System.nanoTime() % 100_000;
        RunAs.user(users, "admin", () -> {
            s.industries().create(SCRIPT + unique, IMAGE + unique);
            s.references().add(DemandReferenceService.Kind.CAUSE, IMAGE + unique, SCRIPT + unique);
            s.references().add(DemandReferenceService.Kind.CHANNEL, SCRIPT + unique, IMAGE + unique);
            s.userAdmin()
                    .create(new NewUser(
                            "xss" + unique,
                            IMAGE,
                            "xss" + unique + "@example.com",
                            SCRIPT,
                            Set.of(AppRoles.SALES),
                            "a-long-enough-password-" + unique));
        });
        CustomerDetails customer = RunAs.user(users, "sales", () -> {
            CustomerDetails created = s.customers()
                    .create(new CustomerForm(
                            SCRIPT + " " + unique, null, null, Segment.SMALL_BUSINESS, false, null, IMAGE));
            s.stakeholders()
                    .create(
                            created.id(),
                            new StakeholderForm(IMAGE, SCRIPT, null, null, EnumSet.of(CustomerRole.PAYER), false));
            s.needs().create(created.id(), new NeedForm(SCRIPT, IMAGE, NeedKind.DIRECT));
            return created;
        });
        RequirementDetails requirement = RunAs.user(users, "sales", () -> s.requirements()
                .create(RequirementForm.of(SCRIPT, Source.TERMS)
                        .withDescription(IMAGE)
                        .withCustomer(customer.id())
                        .withSourceReference(IMAGE)));
        RunAs.user(users, "product", () -> {
            RequirementDetails analysed = s.requirements()
                    .updateAnalysis(
                            requirement.id(),
                            requirement.version(),
                            new AnalysisForm(Answer.YES, SCRIPT, Answer.PARTLY, IMAGE, SCRIPT, Effort.M));
            s.requirements()
                    .updateMonitoring(
                            analysed.id(),
                            analysed.version(),
                            new MonitoringForm(IMAGE, SCRIPT, LocalDate.now().plusDays(30)));
            s.actions()
                    .add(
                            requirement.id(),
                            new ActionForm(
                                    ActionType.PROCESS,
                                    IMAGE,
                                    null,
                                    LocalDate.now().plusDays(7)));
        });
        RunAs.user(users, "sales", () -> s.communications()
                .add(requirement.id(), new CommunicationForm(SCRIPT, Channel.EMAIL, LocalDate.now(), IMAGE)));
        RequirementDetails toReject = RunAs.user(users, "sales", () -> s.requirements()
                .create(RequirementForm.of(IMAGE, Source.TERMS)
                        .withDescription(SCRIPT)
                        .withCustomer(customer.id())));
        RequirementDetails rejected = RunAs.user(users, "product", () -> s.requirements()
                .updateRejection(toReject.id(), toReject.version(), new RejectionForm(IMAGE, true)));
        RunAs.user(users, "service", () -> {
            List<ReferenceItem> causes = s.references().causes(false);
            List<ReferenceItem> channels = s.references().channels(false);
            long cause = causes.getLast().id();
            long channel = channels.getLast().id();
            s.demands()
                    .log(DemandForm.of(channel, IMAGE)
                            .withCustomer(customer.id())
                            .withKind(DemandKind.FAILURE)
                            .withCause(cause)
                            .withJourneyStage("USE")
                            .withResolvedFirstContact(false));
            s.demands()
                    .log(DemandForm.of(channel, SCRIPT)
                            .withCustomer(customer.id())
                            .withKind(DemandKind.UNCLASSIFIED));
        });
        RunAs.user(users, "marketing", () -> {
            s.surveyResponses()
                    .record(SurveyResponseForm.of(SurveyType.NPS, 2, LocalDate.now(), customer.id())
                            .withComment(SCRIPT)
                            .withExternalId(IMAGE + unique));
            s.surveyResponses()
                    .record(SurveyResponseForm.of(
                                    SurveyType.CSAT, 1, LocalDate.now().minusDays(1), customer.id())
                            .withComment(IMAGE));
        });
        RunAs.user(users, "admin", () -> {
            FollowUpItem closing =
                    s.followUps().list(FollowUpFilter.open().withCustomer(customer.id()), PageRequest.of(0, 5)).stream()
                            .filter(f -> f.type() == SurveyType.CSAT)
                            .findFirst()
                            .orElseThrow();
            s.followUps().close(closing.id(), closing.version(), new FollowUpCloseForm(SCRIPT, true));
        });
        long promiseId = promise(users, s, customer.id());
        long journeyId = journey(users, s, customer.id());
        return new UserTextPayloads(customer.id(), requirement.id(), rejected.id(), promiseId, journeyId);
    }

    /** A journey with payloads in its name, description, a stage's name, every lane and an observation. */
    private static long journey(UserDetailsService users, Services s, long customerId) {
        JourneyDetails journey = RunAs.user(users, "marketing", () -> s.journeys()
                .create(JourneyForm.of(SCRIPT + " " + System.nanoTime()).withDescription(IMAGE)));
        StageItem stage = RunAs.user(users, "marketing", () -> {
            StageItem first = s.journeys().map(journey.id()).stages().getFirst();
            return s.journeys()
                    .saveStage(
                            first.id(),
                            first.version(),
                            IMAGE,
                            first.phase(),
                            new StageContent(SCRIPT, IMAGE, -1, SCRIPT, IMAGE, Coverage.PARTLY, SCRIPT, IMAGE));
        });
        RunAs.user(users, "service", () -> s.observations()
                .add(ObservationForm.of(stage.id(), LocalDate.now(), SCRIPT)
                        .withCustomer(customerId)
                        .withPlace(IMAGE)
                        .withInsight(SCRIPT)));
        return journey.id();
    }

    /** A promise to the payload customer with payloads in every free-text field of the promise feature. */
    private static long promise(UserDetailsService users, Services s, long customerId) {
        long owner = RunAs.user(users, "marketing", () -> s.promises()
                .list(se.kundlofte.promise.PromiseFilter.all(), org.springframework.data.domain.PageRequest.of(0, 1))
                .getFirst()
                .ownerId());
        PromiseDetails promise = RunAs.user(users, "marketing", () -> {
            PromiseDetails created = s.promises()
                    .create(PromiseForm.of(SCRIPT, IMAGE)
                            .withScope(PromiseScope.CUSTOMER, null, null, customerId)
                            .withOwner(owner)
                            .withValidity(LocalDate.now().minusDays(1), null)
                            .withLimits(SCRIPT)
                            .withAnswers(new PromiseForm.Answers(IMAGE, SCRIPT, IMAGE, SCRIPT)));
            PromiseDetails changed = s.promises()
                    .update(
                            created.id(),
                            created.version(),
                            created.toForm().withText(SCRIPT, SCRIPT + " " + IMAGE),
                            IMAGE);
            s.promiseHealth()
                    .addCheck(
                            changed.id(), new CheckForm(LocalDate.now().minusDays(1), customerId, true, false, IMAGE));
            return changed;
        });
        RunAs.user(users, "service", () -> {
            s.promiseGaps().addPerceived(promise.id(), new PerceivedForm(customerId, SCRIPT, IMAGE, SCRIPT, null));
            s.promiseGaps().addBeyond(promise.id(), new BeyondForm(customerId, SCRIPT, null, null, null));
            return s.promiseGaps().addBeyond(promise.id(), new BeyondForm(customerId, IMAGE, null, null, null));
        });
        RunAs.user(users, "ceo", () -> {
            ReviewItem first = s.promiseReviews().reviews(promise.id()).getLast();
            return s.promiseReviews()
                    .decide(first.id(), first.version(), new ReviewForm(ReviewDecision.CLARIFY, IMAGE, SCRIPT, null));
        });
        return promise.id();
    }
}

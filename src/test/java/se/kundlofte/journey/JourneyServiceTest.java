package se.kundlofte.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.customer.Segment;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

@IntegrationTest
@WithUserDetails("product")
class JourneyServiceTest {

    @Autowired
    JourneyService journeys;

    @Autowired
    ObservationService observations;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private JourneyMap fresh() {
        return journeys.map(
                journeys.create(JourneyForm.of("Kök " + System.nanoTime())).id());
    }

    private List<String> order(long journeyId) {
        return journeys.map(journeyId).stages().stream()
                .map(s -> s.position() + ":" + (s.name() == null ? s.phase().name() : s.name()))
                .toList();
    }

    private static List<String> fieldErrors(FieldValidationException e) {
        return e.getErrors().stream().map(x -> x.field() + ":" + x.messageKey()).toList();
    }

    @Test
    void aJourneyIsCreatedFromTheTemplateWithOneStagePerPhaseInOrder() {
        JourneyDetails created = journeys.create(JourneyForm.of("  Kök — privatkund  ")
                .withSegment(Segment.SMALL_BUSINESS)
                .withDescription("Köket från behov till rekommendation"));
        JourneyMap map = journeys.map(created.id());
        assertThat(created.name()).isEqualTo("Kök — privatkund");
        assertThat(created.segment()).isEqualTo(Segment.SMALL_BUSINESS);
        assertThat(created.standard()).isFalse();
        assertThat(created.gapFailurePercent()).isEqualTo(30);
        assertThat(map.stages()).extracting(StageItem::phase).containsExactly(JourneyPhase.values());
        assertThat(map.stages()).extracting(StageItem::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(map.stages()).allSatisfy(s -> assertThat(s.name()).isNull());
        assertThat(journeys.list())
                .filteredOn(j -> j.id() == created.id())
                .singleElement()
                .satisfies(j -> {
                    assertThat(j.stages()).isEqualTo(8);
                    assertThat(j.gaps()).as("no stage has an owner yet").isEqualTo(8);
                });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where subject_type = 'JOURNEY' and subject_id = ?",
                        Long.class,
                        created.id()))
                .isPositive();
    }

    @Test
    void theStandardJourneyComesFirstWithItsEightStagesAndCannotBeDeleted() {
        JourneyListItem standard = journeys.list().getFirst();
        assertThat(standard.standard()).isTrue();
        assertThat(standard.name()).isNull();
        JourneyMap map = journeys.map(standard.id());
        assertThat(map.stages()).extracting(StageItem::phase).containsExactly(JourneyPhase.values());
        assertThatThrownBy(() -> journeys.delete(standard.id(), map.journey().version()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("journey.error.deleteStandard"));
    }

    @Test
    void anEmptyNameOrABadThresholdIsRefusedAtTheFieldAndNothingIsSaved() {
        long before = jdbc.queryForObject("select count(*) from journey", Long.class);
        assertThatThrownBy(() -> journeys.create(JourneyForm.of(" ").withGapFailurePercent(0)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(fieldErrors(e))
                        .containsExactlyInAnyOrder(
                                "name:journey.error.name", "gapFailurePercent:journey.error.gapPercent"));
        assertThat(jdbc.queryForObject("select count(*) from journey", Long.class))
                .isEqualTo(before);
    }

    @Test
    void stagesAreAddedRenamedAndReorderedWithPositionsWithoutHoles() {
        JourneyMap map = fresh();
        long id = map.journey().id();
        StageItem visit = journeys.addStage(id, "  Besök i butik ", JourneyPhase.SEARCH_EVALUATE, 2);
        assertThat(visit.name()).isEqualTo("Besök i butik");
        assertThat(order(id))
                .startsWith("0:NEED_ARISES", "1:SEARCH_EVALUATE", "2:Besök i butik", "3:OFFER_NEGOTIATION");
        assertThat(order(id)).hasSize(9).last().isEqualTo("8:RENEWAL_RECOMMENDATION");

        journeys.moveStageBy(visit.id(), -1);
        assertThat(order(id)).startsWith("0:NEED_ARISES", "1:Besök i butik", "2:SEARCH_EVALUATE");
        journeys.moveStage(visit.id(), 99);
        assertThat(order(id)).last().isEqualTo("8:Besök i butik");
        journeys.moveStage(visit.id(), -5);
        assertThat(order(id)).first().isEqualTo("0:Besök i butik");

        StageItem current = journeys.stage(visit.id());
        StageItem renamed =
                journeys.saveStage(visit.id(), current.version(), "Butiksbesök", current.phase(), current.content());
        assertThat(renamed.name()).isEqualTo("Butiksbesök");
        assertThatThrownBy(() ->
                        journeys.saveStage(visit.id(), renamed.version(), "  ", renamed.phase(), renamed.content()))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(fieldErrors(e))
                        .containsExactly("name:journey.error.stageName"));
        assertThatThrownBy(() -> journeys.addStage(id, "", null, 0))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(fieldErrors(e))
                        .containsExactlyInAnyOrder("name:journey.error.stageName", "phase:journey.error.phase"));
        assertThat(journeys.stage(visit.id()).name()).isEqualTo("Butiksbesök");
    }

    @Test
    void aMoveOfAnotherStageIsNoConflictForSomeoneEditingLanes() {
        JourneyMap map = fresh();
        StageItem order = map.stages().get(3);
        journeys.moveStage(map.stages().get(0).id(), 7);
        StageItem saved = journeys.saveStage(
                order.id(),
                order.version(),
                null,
                order.phase(),
                order.content().withEmotion(1));
        assertThat(saved.content().emotion()).isEqualTo(1);
        assertThat(saved.position()).isEqualTo(2);
    }

    @Test
    void theLanesOfAStageAreSavedAndAnOlderVersionIsAConflictNeverAnOverwrite() {
        StageItem stage = fresh().stages().get(4);
        StageContent content = StageContent.empty()
                .withCustomerDoes("Väntar på montören")
                .withCustomerThinks("Kommer de i tid?")
                .withEmotion(-2)
                .withTouchpoints("SMS, telefon")
                .withOwnerDepartment("CUSTOMER_SERVICE")
                .withCoverage(Coverage.PARTLY)
                .withPainPoints("Tidsfönstret är en hel dag")
                .withOpportunities("Avisering en timme innan");
        StageItem saved = journeys.saveStage(stage.id(), stage.version(), null, stage.phase(), content);
        assertThat(saved.content()).isEqualTo(content);
        assertThat(saved.updatedByName()).isEqualTo("Elin Nyström");
        assertThat(saved.version()).isGreaterThan(stage.version());

        StageItem colleague = RunAs.user(
                users,
                "marketing",
                () -> journeys.saveStage(
                        stage.id(),
                        saved.version(),
                        null,
                        stage.phase(),
                        saved.content().withEmotion(-1)));
        assertThatThrownBy(() -> journeys.saveStage(
                        stage.id(),
                        saved.version(),
                        null,
                        stage.phase(),
                        saved.content().withEmotion(2)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(journeys.stage(stage.id()).content().emotion()).isEqualTo(-1);
        assertThat(colleague.updatedByName()).isEqualTo("Maja Ek");
    }

    @Test
    void anEmotionOutsideMinusTwoToTwoIsRefusedAtItsFieldAndNothingIsSaved() {
        StageItem stage = fresh().stages().get(1);
        for (int bad : new int[] {-3, 3}) {
            assertThatThrownBy(() -> journeys.saveStage(
                            stage.id(),
                            stage.version(),
                            null,
                            stage.phase(),
                            StageContent.empty().withCustomerDoes("Jämför").withEmotion(bad)))
                    .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(fieldErrors(e))
                            .containsExactly("emotion:journey.error.emotion"));
        }
        StageItem after = journeys.stage(stage.id());
        assertThat(after.content()).isEqualTo(StageContent.empty());
        assertThat(after.version()).isEqualTo(stage.version());
    }

    @Test
    void aStageSomethingPointsAtIsRemovedOnlyAfterMovingItToAnotherStageOfTheJourney() {
        JourneyMap map = fresh();
        StageItem delivery = map.stages().get(4);
        StageItem use = map.stages().get(5);
        long requirement = JourneyTestData.requirementAt(jdbc, delivery, "ANALYSED");
        long contact = JourneyTestData.contactAt(jdbc, delivery, "FAILURE");
        observations.add(ObservationForm.of(delivery.id(), LocalDate.of(2026, 11, 20), "Montören ringde inte"));
        assertThat(journeys.references(delivery.id())).isEqualTo(new StageReferences(1, 1, 1));

        assertThatThrownBy(() -> journeys.removeStage(delivery.id(), delivery.version(), null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("journey.error.stageInUse");
                    assertThat(e.getArgs()).containsExactly(1L, 1L, 1L);
                });
        StageItem otherJourneys = fresh().stages().get(5);
        assertThatThrownBy(() -> journeys.removeStage(delivery.id(), delivery.version(), otherJourneys.id()))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(fieldErrors(e))
                        .containsExactly("target:journey.error.target"));
        assertThat(order(map.journey().id())).hasSize(8);

        journeys.removeStage(delivery.id(), delivery.version(), use.id());
        assertThat(journeys.map(map.journey().id()).stages())
                .extracting(StageItem::position)
                .containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(jdbc.queryForMap(
                        "select journey_stage_id, journey_stage from requirement where id = ?", requirement))
                .containsEntry("journey_stage_id", use.id())
                .containsEntry("journey_stage", "USE");
        assertThat(jdbc.queryForMap("select journey_stage_id, journey_stage from demand where id = ?", contact))
                .containsEntry("journey_stage_id", use.id())
                .containsEntry("journey_stage", "USE");
        assertThat(observations.ofStage(use.id()))
                .extracting(ObservationItem::whatHappened)
                .containsExactly("Montören ringde inte");
        assertThat(journeys.references(use.id())).isEqualTo(new StageReferences(1, 1, 1));
    }

    @Test
    void aStageNothingPointsAtIsRemovedAndTheLastOneStays() {
        JourneyMap map = fresh();
        long id = map.journey().id();
        for (StageItem s : map.stages().subList(1, 8)) {
            journeys.removeStage(s.id(), s.version(), null);
        }
        StageItem last = journeys.map(id).stages().getFirst();
        assertThat(last.position()).isZero();
        assertThatThrownBy(() -> journeys.removeStage(last.id(), last.version(), null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("journey.error.lastStage"));
    }

    @Test
    void aStageMovedToAnotherPhaseTakesWhatPointsAtItAlong() {
        StageItem order = fresh().stages().get(3);
        long requirement = JourneyTestData.requirementAt(jdbc, order, "IDENTIFIED");
        StageItem moved =
                journeys.saveStage(order.id(), order.version(), null, JourneyPhase.OFFER_NEGOTIATION, order.content());
        assertThat(moved.phase()).isEqualTo(JourneyPhase.OFFER_NEGOTIATION);
        assertThat(jdbc.queryForObject("select journey_stage from requirement where id = ?", String.class, requirement))
                .isEqualTo("OFFER_NEGOTIATION");
        assertThatThrownBy(
                        () -> journeys.saveStage(order.id(), order.version(), null, JourneyPhase.USE, order.content()))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aJourneyIsDeletedOnlyWhenNothingPointsAtItsStages() {
        JourneyMap map = fresh();
        long requirement = JourneyTestData.requirementAt(jdbc, map.stages().get(5), "IDENTIFIED");
        assertThatThrownBy(
                        () -> journeys.delete(map.journey().id(), map.journey().version()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("journey.error.deleteInUse"));
        jdbc.update("update requirement set journey_stage_id = null where id = ?", requirement);
        journeys.delete(map.journey().id(), map.journey().version());
        assertThat(journeys.list()).noneMatch(j -> j.id() == map.journey().id());
    }

    @Test
    void theJourneyIsRenamedWithItsVersionAndTheStandardOneMayKeepItsTranslatedName() {
        JourneyMap map = fresh();
        JourneyDetails changed = journeys.update(
                map.journey().id(),
                map.journey().version(),
                map.journey()
                        .toForm()
                        .withName("Serviceavtal")
                        .withSegment(Segment.PUBLIC_SECTOR)
                        .withGapFailurePercent(20));
        assertThat(changed.name()).isEqualTo("Serviceavtal");
        assertThat(changed.gapFailurePercent()).isEqualTo(20);
        assertThatThrownBy(
                        () -> journeys.update(map.journey().id(), map.journey().version(), changed.toForm()))
                .isInstanceOf(ConcurrentEditException.class);
        JourneyDetails standard = journeys.map(journeys.list().getFirst().id()).journey();
        assertThat(journeys.update(
                                standard.id(),
                                standard.version(),
                                standard.toForm().withName(" "))
                        .name())
                .isNull();
    }

    @Test
    void observationsNeedWhatHappenedAStageAndADayNotInTheFuture() {
        StageItem stage = fresh().stages().get(5);
        ObservationItem saved = observations.add(
                ObservationForm.of(stage.id(), LocalDate.of(2026, 11, 2), " Kunden letade efter manualen ")
                        .withPlace("Hemma hos kunden")
                        .withInsight("Manualen borde finnas i appen"));
        assertThat(saved.whatHappened()).isEqualTo("Kunden letade efter manualen");
        assertThat(saved.observerName()).isEqualTo("Elin Nyström");
        assertThat(saved.place()).isEqualTo("Hemma hos kunden");
        observations.add(ObservationForm.of(stage.id(), LocalDate.of(2026, 11, 10), "Senare"));
        assertThat(observations.ofJourney(stage.journeyId(), 0, 50))
                .extracting(ObservationItem::whatHappened)
                .containsExactly("Senare", "Kunden letade efter manualen");
        assertThat(observations.countOfJourney(stage.journeyId())).isEqualTo(2);
        assertThat(observations.ofJourney(stage.journeyId(), 1, 1))
                .as("a page further down, as the map's lazy list asks for it")
                .extracting(ObservationItem::whatHappened)
                .containsExactly("Kunden letade efter manualen");

        long before = jdbc.queryForObject("select count(*) from journey_observation", Long.class);
        assertThatThrownBy(() -> observations.add(
                        ObservationForm.of(null, LocalDate.now().plusYears(5), " ")))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(fieldErrors(e))
                        .containsExactlyInAnyOrder(
                                "stage:observation.error.stage",
                                "observedOn:observation.error.future",
                                "whatHappened:observation.error.whatHappened"));
        assertThat(jdbc.queryForObject("select count(*) from journey_observation", Long.class))
                .isEqualTo(before);
    }

    @Test
    void everyoneReadsAndObservesButOnlyMarketingProductAndAdminEdit() {
        JourneyMap map = fresh();
        StageItem stage = map.stages().getFirst();
        for (String reader : List.of("sales", "service", "ceo")) {
            RunAs.user(users, reader, () -> {
                assertThat(journeys.map(map.journey().id()).stages()).hasSize(8);
                assertThatThrownBy(() -> journeys.saveStage(
                                stage.id(), stage.version(), null, stage.phase(), StageContent.empty()))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> journeys.create(JourneyForm.of("Nej")))
                        .isInstanceOf(AccessDeniedException.class);
                observations.add(ObservationForm.of(stage.id(), LocalDate.of(2026, 10, 1), "Sett av " + reader));
            });
        }
        for (String editor : List.of("marketing", "admin")) {
            RunAs.user(users, editor, () -> journeys.moveStageBy(stage.id(), 1));
        }
        assertThat(observations.ofStage(stage.id())).hasSize(3);
    }
}

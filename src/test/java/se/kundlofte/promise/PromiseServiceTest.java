package se.kundlofte.promise;

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
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.requirement.Source;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

@IntegrationTest
@WithUserDetails("marketing")
class PromiseServiceTest {

    @Autowired
    PromiseService promises;

    @Autowired
    PromiseHealthService health;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private long count() {
        return jdbc.queryForObject("select count(*) from promise", Long.class);
    }

    @Test
    void aPromiseIsRecordedWithItsAnswersAndItsFirstVersion() {
        PromiseDetails created = promises.create(PromiseTestData.form(jdbc, "  Leverans i tid  ")
                .withScope(PromiseScope.SEGMENT, Segment.ENTERPRISE, null, null)
                .withStated(StatedWhere.AGREEMENT, true)
                .withLimits("Vardagar 07–18")
                .withStages(List.of(JourneyPhase.ORDER, JourneyPhase.DELIVERY_INSTALLATION))
                .withAnswers(new PromiseForm.Answers(
                        "Transportledningen", "Tidsfönster och avisering", null, "Personal väntar")));
        assertThat(created.title()).isEqualTo("Leverans i tid");
        assertThat(created.scope()).isEqualTo(PromiseScope.SEGMENT);
        assertThat(created.segment()).isEqualTo(Segment.ENTERPRISE);
        assertThat(created.implicit()).isTrue();
        assertThat(created.stages()).containsExactly(JourneyPhase.ORDER, JourneyPhase.DELIVERY_INSTALLATION);
        assertThat(created.answers().issuer()).isEqualTo("Transportledningen");
        assertThat(created.answers().notTooMuch()).isNull();
        assertThat(created.ownerName()).isEqualTo("Maja Ek");
        assertThat(created.textVersion()).isEqualTo(1);
        assertThat(promises.versions(created.id())).singleElement().satisfies(v -> {
            assertThat(v.text()).isEqualTo("Vi levererar inom två timmar.");
            assertThat(v.changedByName()).isEqualTo("Maja Ek");
            assertThat(v.reason()).isNull();
        });
    }

    @Test
    void withoutTextScopeOrOwnerNothingIsSavedAndEachFieldSaysWhy() {
        long before = count();
        PromiseForm bad = new PromiseForm(
                "Titel",
                " ",
                null,
                null,
                null,
                null,
                StatedWhere.WEBSITE,
                false,
                null,
                null,
                LocalDate.of(2026, 1, 1),
                null,
                List.of(),
                PromiseForm.Answers.none());
        assertThatThrownBy(() -> promises.create(bad))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field() + ":" + error.messageKey())
                        .containsExactlyInAnyOrder(
                                "text:promise.error.text", "scope:promise.error.scope", "owner:promise.error.owner"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aValidityEndingBeforeItStartsAndOneCustomerWithoutACustomerAreRefused() {
        long before = count();
        assertThatThrownBy(() -> promises.create(PromiseTestData.form(jdbc, "Fel period")
                        .withValidity(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30))
                        .withScope(PromiseScope.CUSTOMER, null, null, null)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field() + ":" + error.messageKey())
                        .containsExactlyInAnyOrder("validTo:promise.error.validTo", "customer:promise.error.customer"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aNewWordingKeepsTheOldOneWithWhoWhenAndWhyAndNeedsAReason() {
        PromiseDetails p = promises.create(PromiseTestData.form(jdbc, "Svarstid"));
        PromiseForm changed = p.toForm().withText("Svarstid", "Vi svarar inom en arbetsdag.");
        assertThatThrownBy(() -> promises.update(p.id(), p.version(), changed, " "))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field() + ":" + error.messageKey())
                        .containsExactly("reason:promise.error.reason"));
        assertThat(promises.versions(p.id())).hasSize(1);

        PromiseDetails v2 = promises.update(p.id(), p.version(), changed, "Kunderna frågade om svar, inte leverans");
        assertThat(v2.text()).isEqualTo("Vi svarar inom en arbetsdag.");
        assertThat(v2.textVersion()).isEqualTo(2);
        assertThat(promises.versions(p.id()))
                .extracting(PromiseVersionItem::versionNo, PromiseVersionItem::text, PromiseVersionItem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                2, "Vi svarar inom en arbetsdag.", "Kunderna frågade om svar, inte leverans"),
                        org.assertj.core.groups.Tuple.tuple(1, "Vi levererar inom två timmar.", null));

        // A change that leaves the wording alone needs no reason and makes no version.
        PromiseDetails v2b =
                promises.update(v2.id(), v2.version(), v2.toForm().withStated(StatedWhere.OFFER, false), null);
        assertThat(v2b.statedWhere()).isEqualTo(StatedWhere.OFFER);
        assertThat(promises.versions(p.id())).hasSize(2);
    }

    @Test
    void theSecondOfTwoEditorsGetsAConflictNotAnOverwrite() {
        PromiseDetails p = promises.create(PromiseTestData.form(jdbc, "Samtidigt"));
        promises.update(p.id(), p.version(), p.toForm().withLimits("Först"), "Första");
        assertThatThrownBy(() -> RunAs.user(
                        users,
                        "sales",
                        () -> promises.update(p.id(), p.version(), p.toForm().withLimits("Andra"), "Andra")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(promises.get(p.id()).limits()).isEqualTo("Först");
    }

    @Test
    void aPromiseWithEvidenceIsRetiredNotDeletedAndOneWithoutIsDeleted() {
        PromiseDetails withEvidence = promises.create(PromiseTestData.form(jdbc, "Med underlag"));
        health.addCheck(
                withEvidence.id(), new CheckForm(LocalDate.of(2026, 1, 2), null, true, null, "Stickprov 20 av 20"));
        assertThatThrownBy(() -> promises.delete(withEvidence.id(), withEvidence.version()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("promise.error.hasEvidence"));
        PromiseDetails retired = promises.retire(withEvidence.id(), withEvidence.version(), true);
        assertThat(retired.retired()).isTrue();
        assertThat(promises.list(
                        PromiseFilter.all().withText("Med underlag"),
                        org.springframework.data.domain.PageRequest.of(0, 5)))
                .extracting(PromiseListItem::id)
                .doesNotContain(withEvidence.id());

        PromiseDetails mistake = promises.create(PromiseTestData.form(jdbc, "Felregistrerat"));
        promises.delete(mistake.id(), mistake.version());
        assertThat(jdbc.queryForObject("select count(*) from promise where id = ?", Long.class, mistake.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from promise_version where promise_id = ?", Long.class, mistake.id()))
                .isZero();
    }

    @Test
    void onlyMarketingSalesAndAdministratorsWritePromises() {
        assertThatThrownBy(() -> RunAs.user(users, "ceo", () -> promises.create(PromiseTestData.form(jdbc, "VD"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.user(users, "service", () -> promises.create(PromiseTestData.form(jdbc, "KT"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.user(users, "sales", () -> promises.create(PromiseTestData.form(jdbc, "Sälj")))
                        .id())
                .isPositive();
    }

    @Test
    void onlyTheOwnerChangesTheThresholds() {
        PromiseDetails p = promises.create(PromiseTestData.form(jdbc, "Gränser"));
        assertThatThrownBy(() -> RunAs.user(
                        users, "sales", () -> promises.setThresholds(p.id(), p.version(), HealthThresholds.DEFAULTS)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("promise.error.onlyOwnerThresholds"));
        PromiseDetails changed = promises.setThresholds(p.id(), p.version(), new HealthThresholds(30, 2, 5, 95, 80));
        assertThat(changed.thresholds()).isEqualTo(new HealthThresholds(30, 2, 5, 95, 80));
    }

    @Test
    void aPromiseForOneCustomerAppliesToItAndARequirementToKeepItIsLinked() {
        long customer = PromiseTestData.anyCustomer(jdbc);
        PromiseDetails p = promises.create(
                PromiseTestData.form(jdbc, "Bara för en kund").withScope(PromiseScope.CUSTOMER, null, null, customer));
        assertThat(promises.forCustomer(customer))
                .extracting(PromiseListItem::id)
                .contains(p.id());
        assertThat(promises.activeFor(null)).extracting(PromiseListItem::id).doesNotContain(p.id());

        RequirementDetails requirement = RunAs.user(
                users,
                "sales",
                () -> promises.createRequirement(p.id(), RequirementForm.of("Håll löftet", Source.OBSERVATION)));
        assertThat(promises.requirements(p.id())).singleElement().satisfies(r -> assertThat(r.id())
                .isEqualTo(requirement.id()));
        assertThat(promises.promisesOfRequirement(requirement.id()))
                .extracting(java.util.Map.Entry::getKey)
                .containsExactly(p.id());
    }
}

package se.kundlofte.promise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.customer.ui.CustomerChoice;
import se.kundlofte.promise.BeyondForm;
import se.kundlofte.promise.HealthThresholds;
import se.kundlofte.promise.PromiseDetails;
import se.kundlofte.promise.PromiseForm;
import se.kundlofte.promise.PromiseGapService;
import se.kundlofte.promise.PromiseReviewService;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.promise.ReviewDecision;
import se.kundlofte.promise.ReviewForm;
import se.kundlofte.promise.ReviewItem;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;
import se.kundlofte.test.RunAs;

/**
 * Each promise dialog when a colleague saves between opening and saving: the conflict is reported
 * in the dialog, nothing is overwritten, and "load the latest version" shows the colleague's values
 * while keeping what the user typed where that does not collide.
 */
class PromiseConflictDialogsTest extends KaribuTest {

    private static final String REWORDED = "Vi levererar inom tre timmar.";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PromiseService promises;

    @Autowired
    PromiseGapService gaps;

    @Autowired
    PromiseReviewService reviews;

    @Autowired
    UserDetailsService users;

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private long customerId() {
        return jdbc.queryForObject("select min(id) from customer", Long.class);
    }

    /** A promise owned by marketing, to everyone. */
    private PromiseDetails promise(String title) {
        return RunAs.user(
                users,
                "marketing",
                () -> promises.create(PromiseForm.of(title + " " + System.nanoTime(), "Vi levererar inom två timmar.")
                        .withOwner(userId("marketing"))
                        .withValidity(LocalDate.of(2026, 1, 1), null)));
    }

    /** Sales rewords the promise (a new wording version). */
    private void colleagueRewords(PromiseDetails p) {
        PromiseDetails now = promises.get(p.id());
        RunAs.user(
                users,
                "sales",
                () -> promises.update(
                        now.id(), now.version(), now.toForm().withText(now.title(), REWORDED), "Ärligare"));
    }

    private PromiseView open(long id) {
        UI.getCurrent().navigate("promises/" + id);
        return currentView(PromiseView.class);
    }

    private static String banner(FormDialog dialog) {
        assertThat(dialog.isConflictShown()).isTrue();
        return _get(dialog, Div.class, spec -> spec.withClasses("form-conflict"))
                .getElement()
                .getTextRecursively();
    }

    private static void loadTheLatest(FormDialog dialog) {
        _click(_get(dialog, Button.class, spec -> spec.withId("conflict-reload")));
        assertThat(dialog.isConflictShown()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
    }

    private long count(String table, long promiseId) {
        return jdbc.queryForObject("select count(*) from " + table + " where promise_id = ?", Long.class, promiseId);
    }

    @Test
    void thresholdsShowTheColleaguesValuesAndKeepTheOwnersOtherChanges() {
        PromiseDetails p = promise("Trösklar");
        loginAs(AppRoles.MARKETING);
        open(p.id());
        _click(_get(Button.class, spec -> spec.withId("edit-thresholds")));
        ThresholdsDialog dialog = _get(ThresholdsDialog.class);
        HealthThresholds before = p.thresholds();
        assertThat(dialog.windowDays.getValue()).isEqualTo(before.windowDays());

        // An administrator shortens the window and lowers the at-risk rate meanwhile.
        RunAs.user(
                users,
                "admin",
                () -> promises.setThresholds(
                        p.id(),
                        p.version(),
                        new HealthThresholds(
                                60, before.atRiskContacts(), before.brokenContacts(), 85, before.brokenRate())));
        _setValue(dialog.brokenContacts, 8);
        _setValue(dialog.atRiskRate, 80);
        _click(dialog.save);
        assertThat(banner(dialog)).startsWith("Someone else saved this record after you opened it.");
        HealthThresholds stored = promises.get(p.id()).thresholds();
        assertThat(stored.windowDays()).isEqualTo(60);
        assertThat(stored.atRiskRate()).isEqualTo(85);
        assertThat(stored.brokenContacts()).as("nothing of the stale save").isEqualTo(before.brokenContacts());

        loadTheLatest(dialog);
        assertThat(dialog.windowDays.getValue()).as("the colleague's value").isEqualTo(60);
        assertThat(dialog.brokenContacts.getValue())
                .as("only the owner changed it")
                .isEqualTo(8);
        assertThat(dialog.atRiskRate.getValue())
                .as("both changed it: the stored one")
                .isEqualTo(85);
        assertThat(dialog.merge.getElement().getTextRecursively())
                .contains("Fulfilment rate below which at risk", "Yours: 80");
        _click(_get(dialog.merge, Button.class, spec -> spec.withClasses("conflict-use-mine")));
        assertThat(dialog.atRiskRate.getValue()).isEqualTo(80);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        HealthThresholds saved = promises.get(p.id()).thresholds();
        assertThat(saved).isEqualTo(new HealthThresholds(60, before.atRiskContacts(), 8, 80, before.brokenRate()));
    }

    @Test
    void aCheckGivenWhileTheWordingChangedShowsTheNewWordingAndKeepsWhatWasTyped() {
        PromiseDetails p = promise("Kontroll");
        loginAs(AppRoles.MARKETING);
        open(p.id());
        _click(_get(Button.class, spec -> spec.withId("add-check")));
        CheckDialog dialog = _get(CheckDialog.class);
        assertThat(dialog.wording.getElement().getTextRecursively())
                .contains("The promise, wording version 1")
                .contains("Vi levererar inom två timmar.");
        _setValue(dialog.ours, CheckDialog.Verdict.KEPT);
        _setValue(dialog.evidence, "Levererat inom två timmar");
        colleagueRewords(p);
        _click(dialog.save);
        assertThat(banner(dialog)).startsWith("The promise was reworded after you opened this form");
        assertThat(count("promise_check", p.id())).isZero();

        loadTheLatest(dialog);
        assertThat(dialog.wording.getElement().getTextRecursively())
                .contains("Reworded while you were writing (version 1 → 2)");
        assertThat(_find(dialog.wording, Span.class, spec -> spec.withClasses("diff-added")))
                .extracting(Span::getText)
                .contains("tre ");
        assertThat(dialog.evidence.getValue()).isEqualTo("Levererat inom två timmar");
        assertThat(dialog.ours.getValue()).isEqualTo(CheckDialog.Verdict.KEPT);
        _setValue(dialog.ours, CheckDialog.Verdict.NOT_KEPT);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select kept from promise_check where promise_id = ?", Boolean.class, p.id()))
                .isFalse();
    }

    @Test
    void aPerceivedPromiseRecordedWhileTheWordingChangedIsSavedOnlyAfterTheNewWordingIsShown() {
        PromiseDetails p = promise("Upplevt");
        loginAs(AppRoles.CUSTOMER_SERVICE);
        open(p.id());
        _click(_get(Button.class, spec -> spec.withId("add-perceived")));
        PerceivedDialog dialog = _get(PerceivedDialog.class);
        _setValue(dialog.customer, new CustomerChoice(customerId(), "x"));
        _setValue(dialog.believed, "Leverans inom en timme");
        colleagueRewords(p);
        _click(dialog.save);
        assertThat(banner(dialog)).startsWith("The promise was reworded");
        assertThat(count("promise_perceived", p.id())).isZero();

        loadTheLatest(dialog);
        assertThat(dialog.wording.getElement().getTextRecursively()).contains("version 1 → 2");
        assertThat(dialog.believed.getValue()).isEqualTo("Leverans inom en timme");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(gaps.perceived(p.id())).singleElement().satisfies(g -> assertThat(g.believed())
                .isEqualTo("Leverans inom en timme"));
    }

    @Test
    void aBeyondEventRecordedWhileTheWordingChangedIsSavedOnlyAfterTheNewWordingIsShown() {
        PromiseDetails p = promise("Utöver");
        loginAs(AppRoles.CUSTOMER_SERVICE);
        open(p.id());
        _click(_get(Button.class, spec -> spec.withId("add-beyond")));
        BeyondDialog dialog = _get(BeyondDialog.class);
        _setValue(dialog.customer, new CustomerChoice(customerId(), "x"));
        _setValue(dialog.what, "Budbil inom en timme");
        _setValue(dialog.cost, new java.math.BigDecimal("1200"));
        colleagueRewords(p);
        _click(dialog.save);
        assertThat(banner(dialog)).startsWith("The promise was reworded");
        assertThat(count("promise_beyond", p.id())).isZero();
        assertThat(count("promise_review", p.id())).isZero();

        loadTheLatest(dialog);
        assertThat(_find(dialog.wording, Span.class, spec -> spec.withClasses("diff-removed")))
                .extracting(Span::getText)
                .contains("två ");
        assertThat(dialog.what.getValue()).isEqualTo("Budbil inom en timme");
        assertThat(dialog.cost.getValue()).isEqualByComparingTo("1200");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(count("promise_beyond", p.id())).isEqualTo(1);
    }

    private ReviewItem openReview(PromiseDetails p) {
        RunAs.user(
                users,
                "service",
                () -> gaps.addBeyond(p.id(), new BeyondForm(customerId(), "Extra installation", null, null, null)));
        return RunAs.user(users, "marketing", () -> reviews.reviews(p.id()).getFirst());
    }

    private ReviewDialog decideFromTheReviewsPage(long promiseId) {
        PromiseReviewsView view = navigate(PromiseReviewsView.class);
        var items = view.list.grid.getListDataView().getItems().toList();
        int row = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).promiseId() == promiseId) {
                row = i;
            }
        }
        assertThat(row).as("the review is listed").isNotNegative();
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.list.grid, row, "decision"));
        return _get(ReviewDialog.class);
    }

    @Test
    void aReviewTheOwnerDecidedMeanwhileShowsTheirDecisionAndWhatTheCeoWrote() {
        PromiseDetails p = promise("Beslut");
        ReviewItem review = openReview(p);
        loginAs(AppRoles.CEO);
        ReviewDialog dialog = decideFromTheReviewsPage(p.id());
        _setValue(dialog.decision, ReviewDecision.CLARIFY);
        _setValue(dialog.rationale, "Kunderna missförstår");
        _setValue(dialog.communication, "Nyhetsbrev i mars");
        RunAs.user(
                users,
                "marketing",
                () -> reviews.decide(
                        review.id(),
                        review.version(),
                        new ReviewForm(ReviewDecision.LEAVE, "Ett enstaka fall", null, null)));
        _click(dialog.save);
        assertThat(banner(dialog)).startsWith("Someone else saved this record after you opened it.");
        ReviewItem stored = reviews.review(review.id());
        assertThat(stored.decision()).isEqualTo(ReviewDecision.LEAVE);
        assertThat(stored.rationale()).isEqualTo("Ett enstaka fall");

        loadTheLatest(dialog);
        assertThat(dialog.decidedMeanwhile.getText())
                .isEqualTo("Maja Ek decided this review while you were writing: Leave it. Nothing of yours was saved.");
        assertThat(dialog.decision.getValue()).isEqualTo(ReviewDecision.LEAVE);
        assertThat(dialog.rationale.getValue()).isEqualTo("Ett enstaka fall");
        assertThat(dialog.rationale.isReadOnly()).isTrue();
        assertThat(dialog.save.isVisible()).isFalse();
        assertThat(dialog.merge.getElement().getTextRecursively())
                .contains("Yours: Clarify it", "Yours: Kunderna missförstår", "Yours: Nyhetsbrev i mars");
        assertThat(_find(dialog.merge, Button.class))
                .as("nothing to use: it is decided")
                .isEmpty();
    }

    @Test
    void aChangeDecidedWhileThePromiseWasRewordedOffersTheNewWordingAndKeepsTheCeosText() {
        PromiseDetails p = promise("Ny text");
        ReviewItem review = openReview(p);
        loginAs(AppRoles.CEO);
        ReviewDialog dialog = decideFromTheReviewsPage(p.id());
        _setValue(dialog.decision, ReviewDecision.CHANGE);
        _setValue(dialog.rationale, "Kunderna väntar sig mer");
        _setValue(dialog.newText, "Vi levererar inom en timme.");
        colleagueRewords(p);
        _click(dialog.save);
        assertThat(dialog.isConflictShown()).isTrue();
        assertThat(promises.get(p.id()).text()).isEqualTo(REWORDED);
        assertThat(reviews.review(review.id()).open()).isTrue();

        loadTheLatest(dialog);
        assertThat(dialog.wording.getElement().getTextRecursively()).contains("version 1 → 2");
        assertThat(dialog.decision.getValue()).isEqualTo(ReviewDecision.CHANGE);
        assertThat(dialog.rationale.getValue()).isEqualTo("Kunderna väntar sig mer");
        assertThat(dialog.newText.getValue()).as("the colleague's wording").isEqualTo(REWORDED);
        assertThat(dialog.merge.getElement().getTextRecursively()).contains("Yours: Vi levererar inom en timme.");
        _click(_get(dialog.merge, Button.class, spec -> spec.withClasses("conflict-use-mine")));
        assertThat(dialog.newText.getValue()).isEqualTo("Vi levererar inom en timme.");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(promises.get(p.id()).text()).isEqualTo("Vi levererar inom en timme.");
        assertThat(promises.get(p.id()).textVersion()).isEqualTo(3);
    }

    @Test
    void thePromiseDialogMergesTheColleaguesEditWithWhatTheEditorTyped() {
        PromiseDetails p = promise("Redigering");
        loginAs(AppRoles.MARKETING);
        open(p.id());
        _click(_get(Button.class, spec -> spec.withId("edit-promise")));
        PromiseDialog dialog = _get(PromiseDialog.class);
        RunAs.user(
                users,
                "sales",
                () -> promises.update(
                        p.id(),
                        p.version(),
                        p.toForm().withLimits("Vardagar").withValidity(p.validFrom(), LocalDate.of(2027, 12, 31)),
                        "Tydligare"));
        _setValue(dialog.limits, "Helger");
        _setValue(dialog.answerIssuer, "Kundtjänst lovar det");
        _setValue(dialog.reason, "Min ändring");
        _click(dialog.save);
        assertThat(banner(dialog)).startsWith("Someone else saved this record");
        PromiseDetails stored = promises.get(p.id());
        assertThat(stored.limits()).isEqualTo("Vardagar");
        assertThat(stored.answers().issuer()).isNull();

        loadTheLatest(dialog);
        assertThat(dialog.validTo.getValue())
                .as("only the colleague changed it")
                .isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(dialog.answerIssuer.getValue())
                .as("only the editor changed it")
                .isEqualTo("Kundtjänst lovar det");
        assertThat(dialog.limits.getValue())
                .as("both changed it: the stored one")
                .isEqualTo("Vardagar");
        assertThat(dialog.reason.getValue()).isEqualTo("Min ändring");
        assertThat(dialog.merge.getElement().getTextRecursively()).contains("Yours: Helger");
        // The page behind shows the stored version too.
        assertThat(currentView(PromiseView.class).promise().limits()).isEqualTo("Vardagar");
        _click(_get(dialog.merge, Button.class, spec -> spec.withClasses("conflict-use-mine")));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        PromiseDetails saved = promises.get(p.id());
        assertThat(saved.limits()).isEqualTo("Helger");
        assertThat(saved.validTo()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(saved.answers().issuer()).isEqualTo("Kundtjänst lovar det");
    }
}

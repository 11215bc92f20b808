package se.kundlofte.promise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.promise.BeyondForm;
import se.kundlofte.promise.PromiseDetails;
import se.kundlofte.promise.PromiseForm;
import se.kundlofte.promise.PromiseGapService;
import se.kundlofte.promise.PromiseScope;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.promise.ReviewDecision;
import se.kundlofte.promise.ReviewItem;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;
import se.kundlofte.test.RunAs;

/** What each role sees and does on the register, a promise page and the open reviews. */
class PromiseViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PromiseService promises;

    @Autowired
    PromiseGapService gaps;

    @Autowired
    UserDetailsService users;

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private PromiseDetails promise(String title) {
        return RunAs.user(
                users,
                "marketing",
                () -> promises.create(PromiseForm.of(title, "Vi levererar inom två timmar.")
                        .withOwner(userId("marketing"))
                        .withValidity(LocalDate.of(2026, 1, 1), null)));
    }

    private PromiseView open(long id) {
        UI.getCurrent().navigate("promises/" + id);
        return currentView(PromiseView.class);
    }

    @Test
    void theRegisterListsTheDemoPromisesWithTheirHealthAndOnlyEditorsMayCreate() {
        loginAs(AppRoles.CEO);
        PromiseListView register = navigate(PromiseListView.class);
        assertThat(GridKt._size(register.grid)).isGreaterThanOrEqualTo(10);
        assertThat(GridKt._get(register.grid, 0).health()).isNotNull();
        assertThat(register.create.isAttached()).isFalse();
        assertThat(register.reviews.getText()).startsWith("Open reviews:");

        loginAs(AppRoles.SALES);
        register = navigate(PromiseListView.class);
        assertThat(register.create.isAttached()).isTrue();
        _setValue(register.search, "Jour dygnet runt");
        assertThat(GridKt._size(register.grid)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedNextToTheFieldsAndNothingIsSaved() {
        loginAs(AppRoles.SALES);
        PromiseListView register = navigate(PromiseListView.class);
        long before = jdbc.queryForObject("select count(*) from promise", Long.class);
        _click(register.create);
        PromiseDialog dialog = _get(PromiseDialog.class);
        _setValue(dialog.title, "Utan text");
        _setValue(dialog.scope, PromiseScope.CUSTOMER);
        _setValue(dialog.validFrom, LocalDate.of(2026, 6, 1));
        _setValue(dialog.validTo, LocalDate.of(2026, 5, 1));
        _click(dialog.save);
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).isEqualTo("Write the promise.");
        assertThat(dialog.customer.isInvalid()).isTrue();
        assertThat(dialog.validTo.isInvalid()).isTrue();
        assertThat(dialog.validTo.getErrorMessage()).isEqualTo("The validity cannot end before it starts.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from promise", Long.class))
                .isEqualTo(before);

        String title = "Giltigt löfte " + System.nanoTime();
        _setValue(dialog.title, title);
        _setValue(dialog.text, "Vi svarar samma dag.");
        _setValue(dialog.scope, PromiseScope.ALL);
        _setValue(dialog.validTo, null);
        _click(dialog.save);
        PromiseView page = currentView(PromiseView.class);
        assertThat(page.promise().title()).isEqualTo(title);
        assertThat(page.promise().ownerName()).isEqualTo("Sara Lindqvist");
    }

    @Test
    void aSecondEditorGetsAConflictInTheDialog() {
        PromiseDetails p = promise("Konflikt " + System.nanoTime());
        loginAs(AppRoles.MARKETING);
        open(p.id());
        _click(_get(Button.class, spec -> spec.withId("edit-promise")));
        PromiseDialog dialog = _get(PromiseDialog.class);
        RunAs.user(
                users,
                "sales",
                () -> promises.update(p.id(), p.version(), p.toForm().withLimits("Vardagar"), "Tydligare"));
        _setValue(dialog.limits, "Helger");
        _setValue(dialog.reason, "Min ändring");
        _click(dialog.save);
        assertThat(dialog.isConflictShown()).isTrue();
        assertThat(promises.get(p.id()).limits()).isEqualTo("Vardagar");
    }

    @Test
    void thePromisePageShowsTheAnswersTheRulesAndAReadableDifferenceBetweenVersions() {
        PromiseDetails p = promise("Versioner " + System.nanoTime());
        RunAs.user(
                users,
                "marketing",
                () -> promises.update(
                        p.id(),
                        p.version(),
                        p.toForm().withText(p.title(), "Vi levererar inom tre timmar."),
                        "Realistiskt"));
        loginAs(AppRoles.PRODUCT_DEVELOPMENT);
        PromiseView page = open(p.id());
        assertThat(_get(page, H2.class, spec -> spec.withId("promise-title")).getText())
                .isEqualTo(p.title());
        assertThat(_get(page, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("health-rules"))
                        .getElement()
                        .getTextRecursively())
                .contains("10 or more failure contacts", "below 75 %", "3 or more tagged failure contacts");
        assertThat(_find(page, Span.class, spec -> spec.withClasses("diff-removed")))
                .extracting(Span::getText)
                .contains("två ");
        assertThat(_find(page, Span.class, spec -> spec.withClasses("diff-added")))
                .extracting(Span::getText)
                .contains("tre ");
        assertThat(page.getElement().getTextRecursively()).contains("Why: Realistiskt");
        assertThat(_find(page, Button.class, spec -> spec.withId("edit-promise")))
                .isEmpty();
        assertThat(_find(page, Button.class, spec -> spec.withId("add-perceived")))
                .isEmpty();
    }

    @Test
    void customerServiceRecordsAPerceivedPromiseAndABeyondEvent() {
        PromiseDetails p = promise("Upplevt " + System.nanoTime());
        loginAs(AppRoles.CUSTOMER_SERVICE);
        open(p.id());
        _click(_get(Button.class, spec -> spec.withId("add-perceived")));
        PerceivedDialog perceived = _get(PerceivedDialog.class);
        _click(perceived.save);
        assertThat(perceived.believed.isInvalid()).isTrue();
        assertThat(perceived.customer.isInvalid()).isTrue();
        _setValue(perceived.customer, new se.kundlofte.customer.ui.CustomerChoice(customerId(), "x"));
        _setValue(perceived.believed, "Leverans även på lördagar");
        _click(perceived.save);
        @SuppressWarnings("unchecked")
        Grid<se.kundlofte.promise.PerceivedItem> grid = _get(Grid.class, spec -> spec.withId("perceived-grid"));
        assertThat(GridKt._get(grid, 0).believed()).isEqualTo("Leverans även på lördagar");

        _click(_get(Button.class, spec -> spec.withId("add-beyond")));
        BeyondDialog beyond = _get(BeyondDialog.class);
        _setValue(beyond.customer, new se.kundlofte.customer.ui.CustomerChoice(customerId(), "x"));
        _setValue(beyond.what, "Budbil samma dag");
        _setValue(beyond.cost, new java.math.BigDecimal("900"));
        _click(beyond.save);
        assertThat(gaps.beyond(p.id())).singleElement().satisfies(b -> {
            assertThat(b.what()).isEqualTo("Budbil samma dag");
            assertThat(b.decision()).isNull();
        });
    }

    @Test
    void theCeoDecidesAnOpenReviewAndOthersOnlySeeItOpen() {
        PromiseDetails p = promise("Omprövning " + System.nanoTime());
        RunAs.user(
                users,
                "service",
                () -> gaps.addBeyond(p.id(), new BeyondForm(customerId(), "Extra installation", null, null, null)));

        loginAs(AppRoles.PRODUCT_DEVELOPMENT);
        PromiseReviewsView reviews = navigate(PromiseReviewsView.class);
        int row = rowOf(reviews, p.id());
        assertThat(GridKt._getCellComponent(reviews.list.grid, row, "decision")).isInstanceOf(Span.class);

        loginAs(AppRoles.CEO);
        reviews = navigate(PromiseReviewsView.class);
        row = rowOf(reviews, p.id());
        Component cell = GridKt._getCellComponent(reviews.list.grid, row, "decision");
        assertThat(cell).isInstanceOf(Button.class);
        _click((Button) cell);
        ReviewDialog dialog = _get(ReviewDialog.class);
        _setValue(dialog.decision, ReviewDecision.LEAVE);
        _setValue(dialog.rationale, "Ett enstaka fall");
        _click(dialog.save);
        assertThat(GridKt._size(reviews.list.grid)).isLessThan(1000);
        assertThat(reviews.list.grid.getListDataView().getItems().map(ReviewItem::promiseId))
                .doesNotContain(p.id());
        assertThat(jdbc.queryForObject(
                        "select decision from promise_review where promise_id = ?", String.class, p.id()))
                .isEqualTo("LEAVE");
    }

    @Test
    void theCustomerPageShowsThePromisesThatApplyToTheCustomer() {
        loginAs(AppRoles.SALES);
        UI.getCurrent().navigate("customers/" + customerId());
        @SuppressWarnings("unchecked")
        Grid<se.kundlofte.promise.PromiseListItem> grid = _get(Grid.class, spec -> spec.withId("customer-promises"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aRequirementCreatedToKeepThePromiseShowsOnBothPages() {
        PromiseDetails p = promise("Krav " + System.nanoTime());
        loginAs(AppRoles.SALES);
        open(p.id());
        _click(_get(Button.class, spec -> spec.withId("create-requirement")));
        PromiseRequirementDialog dialog = _get(PromiseRequirementDialog.class);
        assertThat(dialog.title.getValue()).isEqualTo("Keep the promise: " + p.title());
        _click(dialog.save);
        long requirementId = jdbc.queryForObject(
                "select requirement_id from promise_requirement where promise_id = ?", Long.class, p.id());
        PromiseView page = currentView(PromiseView.class);
        assertThat(_get(page, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("linked-requirements"))
                        .getElement()
                        .getTextRecursively())
                .contains("#" + requirementId + " Keep the promise: " + p.title());

        UI.getCurrent().navigate("requirements/" + requirementId);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("kept-promises"))
                        .getElement()
                        .getTextRecursively())
                .contains("To keep the promise:", p.title());

        loginAs(AppRoles.MARKETING);
        open(p.id());
        assertThat(_find(Button.class, spec -> spec.withId("create-requirement")))
                .as("marketing edits promises but does not create requirements")
                .isEmpty();
    }

    @Test
    void theOwnerRecordsACheckAndTheDrillDownShowsIt() {
        PromiseDetails p = promise("Uppföljning " + System.nanoTime());
        loginAs(AppRoles.MARKETING);
        PromiseView page = open(p.id());
        _click(_get(Button.class, spec -> spec.withId("add-check")));
        CheckDialog dialog = _get(CheckDialog.class);
        _click(dialog.save);
        assertThat(dialog.evidence.isInvalid()).isTrue();
        assertThat(dialog.ours.isInvalid()).isTrue();
        _setValue(dialog.ours, CheckDialog.Verdict.KEPT);
        _setValue(dialog.customers, CheckDialog.Verdict.NOT_KEPT);
        _setValue(dialog.evidence, "Kunden räknade annorlunda");
        _click(dialog.save);
        page = currentView(PromiseView.class);
        PromiseHealthPanel panel = _get(page, PromiseHealthPanel.class);
        assertThat(panel.summary.getText()).contains("1 fulfilment checks of which 1 kept", "1 disputed");
        _click(panel.evidence);
        assertThat(GridKt._size(panel.checkGrid)).isEqualTo(1);
        assertThat(GridKt._get(panel.checkGrid, 0).disputed()).isTrue();
        assertThat(panel.chart.series()).hasSize(4);

        loginAs(AppRoles.SALES);
        page = open(p.id());
        assertThat(_find(page, Button.class, spec -> spec.withId("edit-thresholds")))
                .as("only the owner sets the thresholds")
                .isEmpty();
    }

    private int rowOf(PromiseReviewsView view, long promiseId) {
        var items = view.list.grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).promiseId() == promiseId) {
                return i;
            }
        }
        throw new AssertionError("no open review for promise " + promiseId);
    }

    private long customerId() {
        return jdbc.queryForObject("select min(id) from customer", Long.class);
    }

    @Test
    void theCeoFindsTheOpenReviewsOnTheStartPageAndCustomerServiceDoesNot() {
        long open = jdbc.queryForObject("select count(*) from promise_review where decision is null", Long.class);
        assertThat(open).as("the demo data has open reviews").isPositive();

        loginAs(AppRoles.CEO);
        UI.getCurrent().navigate("");
        com.vaadin.flow.component.card.Card card =
                _get(com.vaadin.flow.component.card.Card.class, spec -> spec.withId("my-open-reviews"));
        assertThat(card.getTitleAsText())
                .isEqualTo("Change, clarify or leave? " + open + " open reviews wait for your decision");
        assertThat(_find(card, com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("start-review")))
                .hasSize((int) Math.min(open, ReviewStartSection.SHOWN));
        assertThat(_find(card, com.vaadin.flow.router.RouterLink.class))
                .extracting(com.vaadin.flow.router.RouterLink::getHref)
                .contains("promises/reviews");

        loginAs(AppRoles.CUSTOMER_SERVICE);
        UI.getCurrent().navigate("");
        assertThat(_find(com.vaadin.flow.component.card.Card.class, spec -> spec.withId("my-open-reviews")))
                .isEmpty();
    }
}

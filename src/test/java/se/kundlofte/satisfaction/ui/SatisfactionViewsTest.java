package se.kundlofte.satisfaction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerForm;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.Segment;
import se.kundlofte.customer.ui.CustomerChoice;
import se.kundlofte.satisfaction.FollowUpItem;
import se.kundlofte.satisfaction.SurveyResponseForm;
import se.kundlofte.satisfaction.SurveyResponseService;
import se.kundlofte.satisfaction.SurveyType;
import se.kundlofte.satisfaction.TrendPoint;
import se.kundlofte.security.AppRoles;
import se.kundlofte.shell.StartView;
import se.kundlofte.test.KaribuTest;
import se.kundlofte.test.RunAs;

class SatisfactionViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CustomerService customers;

    @Autowired
    SurveyResponseService responses;

    @Autowired
    BusinessTime time;

    @Autowired
    se.kundlofte.satisfaction.FollowUpService followUps;

    private CustomerDetails customerOfSales(String name) {
        long owner = jdbc.queryForObject("select id from app_user where username = 'sales'", Long.class);
        return RunAs.user(
                users,
                "sales",
                () -> customers.create(new CustomerForm(
                        name + " " + System.nanoTime(), null, null, Segment.MID_SIZE, false, owner, null)));
    }

    private void answer(CustomerDetails customer, SurveyType type, int score, String comment) {
        RunAs.user(
                users,
                "marketing",
                () -> responses.record(SurveyResponseForm.of(type, score, time.today(), customer.id())
                        .withComment(comment)));
    }

    @Test
    void marketingRecordsAResponseAndAScoreOutsideTheScaleIsRefusedAtTheField() {
        CustomerDetails customer = customerOfSales("Vykund");
        loginAs(AppRoles.MARKETING);
        SatisfactionView view = navigate(SatisfactionView.class);
        assertThat(view.trend.help.getText()).contains("promoters (9–10) minus the percentage of detractors (0–6)");
        assertThat(_find(
                        view, com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("satisfaction-import-link")))
                .hasSize(1);
        _click(view.record);
        SurveyResponseDialog dialog = _get(SurveyResponseDialog.class);
        assertThat(dialog.score.getHelperText())
                .isEqualTo("0 (not at all likely) to 10 (extremely likely to recommend us)");
        _setValue(dialog.score, 11);
        _setValue(dialog.customer, new CustomerChoice(customer.id(), customer.name()));
        _setValue(dialog.answeredOn, time.today());
        _click(dialog.save);
        assertThat(dialog.score.isInvalid()).isTrue();
        assertThat(dialog.score.getErrorMessage()).isEqualTo("NPS is answered from 0 to 10.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_response where customer_id = ?", Long.class, customer.id()))
                .isZero();

        _setValue(dialog.score, 4);
        _setValue(dialog.comment, "Svårt att nå er");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(NotificationsKt.getNotifications())
                .extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .contains("The response was recorded.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from satisfaction_follow_up where customer_id = ?", Long.class, customer.id()))
                .isEqualTo(1);
    }

    @Test
    void theCeoReadsTheTrendWithItsIntervalAndTooFewMarkerButRecordsNothing() {
        CustomerDetails customer = customerOfSales("Trendvykund");
        answer(customer, SurveyType.NPS, 10, "Toppen");
        answer(customer, SurveyType.NPS, 3, "Dåligt bemötande");
        loginAs(AppRoles.CEO);
        SatisfactionView view = navigate(SatisfactionView.class);
        assertThat(view.record.isAttached()).isFalse();
        assertThat(_find(
                        view, com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("satisfaction-import-link")))
                .isEmpty();
        _setValue(view.filters.customer, new CustomerChoice(customer.id(), customer.name()));
        assertThat(GridKt._size(view.trend.points)).isEqualTo(1);
        TrendPoint point = GridKt._get(view.trend.points, 0);
        assertThat(point.score().value()).isEqualTo(0.0);
        assertThat(point.score().responses()).isEqualTo(2);
        assertThat(GridKt._getCellComponent(view.trend.points, 0, "trust")
                        .getElement()
                        .getText())
                .isEqualTo("Too few");
        assertThat(view.trend.total.getText()).isEqualTo("NPS 0 (95 % interval -100 – +100) from 2 responses");
        assertThat(view.trend.chart.series()).hasSize(4);
        assertThat(view.drivers.byStage.getGenericDataView().getItems().count()).isEqualTo(1);
        assertThat(GridKt._size(view.comments.grid)).isEqualTo(2);
        _setValue(view.comments.search, "bemötande");
        assertThat(GridKt._size(view.comments.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.comments.grid, 0).score()).isEqualTo(3);
    }

    @Test
    void theOwnerSeesTheFollowUpOnTheStartPageAndClosesTheLoop() {
        CustomerDetails customer = customerOfSales("Startkund");
        answer(customer, SurveyType.CSAT, 1, "Ingen återkoppling");
        loginAs(AppRoles.SALES);
        UI.getCurrent().navigate(StartView.class);
        Card mine = _get(Card.class, spec -> spec.withId("my-follow-ups"));
        long sales = jdbc.queryForObject("select id from app_user where username = 'sales'", Long.class);
        long open = jdbc.queryForObject(
                "select count(*) from satisfaction_follow_up where owner_id = ? and closed_at is null",
                Long.class,
                sales);
        assertThat(mine.getTitleAsText()).startsWith("Your follow-ups of unhappy customers: " + open + " open");

        FollowUpsView view = navigate(FollowUpsView.class);
        assertThat(view.scope.getValue()).isEqualTo(FollowUpsView.Scope.MINE);
        int row = rowOf(view, customer.id());
        FollowUpItem item = GridKt._get(view.grid, row);
        var actions = GridKt._getCellComponent(view.grid, row, "actions");
        // A broken promise is tagged in one step, as a not-kept check for this customer.
        long checksBefore = jdbc.queryForObject(
                "select count(*) from promise_check where customer_id = ? and kept = false", Long.class, customer.id());
        _click(_get(actions, Button.class, spec -> spec.withId("tag-promise-" + item.id())));
        TagPromiseDialog tag = _get(TagPromiseDialog.class);
        _click(tag.tag);
        assertThat(tag.promise.isInvalid()).as("a promise must be chosen").isTrue();
        _setValue(tag.promise, tag.promise.getListDataView().getItem(0));
        _setValue(tag.note, "Fakturan var fel igen");
        _click(tag.tag);
        assertThat(tag.isOpened()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from promise_check where customer_id = ? and kept = false",
                        Long.class,
                        customer.id()))
                .isEqualTo(checksBefore + 1);
        actions = GridKt._getCellComponent(view.grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("close-follow-up-" + item.id())));
        CloseFollowUpDialog dialog = _get(CloseFollowUpDialog.class);
        _click(dialog.save);
        assertThat(dialog.actionTaken.isInvalid()).isTrue();
        assertThat(dialog.contacted.isInvalid()).isTrue();
        _setValue(dialog.actionTaken, "Ringde och rättade fakturan");
        _setValue(dialog.contacted, Boolean.TRUE);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select action_taken from satisfaction_follow_up where id = ?", String.class, item.id()))
                .isEqualTo("Ringde och rättade fakturan");

        UI.getCurrent()
                .navigate(
                        "satisfaction/follow-ups",
                        com.vaadin.flow.router.QueryParameters.fromString("show=ALL&customer=" + customer.id()));
        FollowUpsView all = currentView(FollowUpsView.class);
        assertThat(all.scope.getValue()).isEqualTo(FollowUpsView.Scope.ALL);
        assertThat(GridKt._size(all.grid)).isEqualTo(1);
        assertThat(GridKt._get(all.grid, 0).closed()).isTrue();
        assertThat(GridKt._getFormattedRow(all.grid, 0))
                .anySatisfy(cell -> assertThat(cell).contains("customer contacted: Ringde och rättade fakturan"));
    }

    @Test
    void colleaguesWhoDoNotOwnTheCustomerSeeFollowUpsButCannotCloseThem() {
        CustomerDetails customer = customerOfSales("Läskund");
        answer(customer, SurveyType.NPS, 0, "Aldrig mer");
        for (String role : new String[] {AppRoles.PRODUCT_DEVELOPMENT, AppRoles.MARKETING}) {
            loginAs(role);
            FollowUpsView view = navigate(FollowUpsView.class);
            assertThat(view.scope.getValue()).isEqualTo(FollowUpsView.Scope.OPEN);
            int row = rowOf(view, customer.id());
            FollowUpItem item = GridKt._get(view.grid, row);
            var actions = GridKt._getCellComponent(view.grid, row, "actions");
            assertThat(_find(actions, Button.class, spec -> spec.withId("close-follow-up-" + item.id())))
                    .as(role)
                    .isEmpty();
        }
        login("sales2");
        FollowUpsView view = navigate(FollowUpsView.class);
        _setValue(view.scope, FollowUpsView.Scope.OPEN);
        int row = rowOf(view, customer.id());
        FollowUpItem item = GridKt._get(view.grid, row);
        assertThat(_find(
                        GridKt._getCellComponent(view.grid, row, "actions"),
                        Button.class,
                        spec -> spec.withId("close-follow-up-" + item.id())))
                .isEmpty();
        loginAs(AppRoles.CEO);
        view = navigate(FollowUpsView.class);
        row = rowOf(view, customer.id());
        assertThat(_find(
                        GridKt._getCellComponent(view.grid, row, "actions"),
                        Button.class,
                        spec -> spec.withId("close-follow-up-" + item.id())))
                .hasSize(1);
    }

    @Test
    void rowActionsAreNarrowControlsThatSayWhatTheyDo() {
        CustomerDetails customer = customerOfSales("Radkund");
        answer(customer, SurveyType.NPS, 1, "Ingen ringde");
        long followUp = jdbc.queryForObject(
                "select id from satisfaction_follow_up where customer_id = ?", Long.class, customer.id());
        long requirement = RunAs.user(users, "sales", () -> followUps
                .raiseRequirement(followUp, java.util.Locale.ENGLISH)
                .id());
        loginAs(AppRoles.SALES);
        UI.getCurrent()
                .navigate(
                        "satisfaction/follow-ups",
                        com.vaadin.flow.router.QueryParameters.fromString("show=ALL&customer=" + customer.id()));
        FollowUpsView view = currentView(FollowUpsView.class);
        assertThat(view.grid.getColumnByKey("actions").getWidth()).isEqualTo(FollowUpsView.ACTIONS_WIDTH);
        assertThat(view.grid.getColumnByKey("actions").getFlexGrow()).isZero();
        var actions = GridKt._getCellComponent(view.grid, 0, "actions");
        Button close = _get(actions, Button.class, spec -> spec.withId("close-follow-up-" + followUp));
        assertThat(close.getText()).isEmpty();
        assertThat(close.getAriaLabel()).hasValue("Close the loop");
        assertThat(close.getTooltip().getText()).isEqualTo("Close the loop");
        com.vaadin.flow.router.RouterLink link = _get(
                actions, com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("requirement-of-" + followUp));
        assertThat(link.getText()).isEqualTo("#" + requirement);
        assertThat(link.getElement().getAttribute("aria-label")).isEqualTo("Requirement #" + requirement);
        assertThat(link.getHref()).isEqualTo("requirements/" + requirement);
        Button tag = _get(actions, Button.class, spec -> spec.withId("tag-promise-" + followUp));
        assertThat(tag.getAriaLabel()).hasValue("Tag broken promise");
        // A long comment shows two lines; the tooltip has all of it.
        assertThat(view.grid.getColumnByKey("comment").getTooltipGenerator().apply(GridKt._get(view.grid, 0)))
                .isEqualTo("Ingen ringde");
    }

    @Test
    void aFollowUpChangedWhileTheOwnerWritesKeepsWhatWasTypedOrShowsHowItWasClosed() {
        CustomerDetails raised = customerOfSales("Krockkund");
        answer(raised, SurveyType.NPS, 2, "Ingen återkoppling");
        CustomerDetails closed = customerOfSales("Stängdkund");
        answer(closed, SurveyType.CSAT, 1, "Fel faktura");
        loginAs(AppRoles.SALES);

        // Customer service raises a requirement from the follow-up while the owner writes.
        CloseFollowUpDialog dialog = openClose(raised);
        _setValue(dialog.actionTaken, "Ringde kunden");
        _setValue(dialog.contacted, Boolean.TRUE);
        long first = followUpOf(raised);
        RunAs.user(users, "service", () -> followUps.raiseRequirement(first, java.util.Locale.ENGLISH));
        _click(dialog.save);
        assertThat(dialog.isConflictShown()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select closed_at is null from satisfaction_follow_up where id = ?", Boolean.class, first))
                .isTrue();
        _click(_get(dialog, Button.class, spec -> spec.withId("conflict-reload")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.actionTaken.getValue()).isEqualTo("Ringde kunden");
        assertThat(dialog.contacted.getValue()).isTrue();
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select action_taken from satisfaction_follow_up where id = ?", String.class, first))
                .isEqualTo("Ringde kunden");

        // The CEO closes the other one first: the owner sees how, and what they wrote stays readable.
        dialog = openClose(closed);
        _setValue(dialog.actionTaken, "Skickade ny faktura");
        _setValue(dialog.contacted, Boolean.FALSE);
        long second = followUpOf(closed);
        RunAs.user(users, "ceo", () -> {
            var item = followUps.get(second);
            return followUps.close(
                    second, item.version(), new se.kundlofte.satisfaction.FollowUpCloseForm("VD ringde", true));
        });
        _click(dialog.save);
        assertThat(dialog.isConflictShown()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select action_taken from satisfaction_follow_up where id = ?", String.class, second))
                .isEqualTo("VD ringde");
        _click(_get(dialog, Button.class, spec -> spec.withId("conflict-reload")));
        assertThat(dialog.closedMeanwhile.getText()).contains("by Karin Holm, customer contacted: VD ringde");
        assertThat(dialog.actionTaken.getValue()).isEqualTo("VD ringde");
        assertThat(dialog.actionTaken.isReadOnly()).isTrue();
        assertThat(dialog.save.isVisible()).isFalse();
        assertThat(dialog.merge.getElement().getTextRecursively()).contains("Yours: Skickade ny faktura");
    }

    private long followUpOf(CustomerDetails customer) {
        return jdbc.queryForObject(
                "select id from satisfaction_follow_up where customer_id = ?", Long.class, customer.id());
    }

    private CloseFollowUpDialog openClose(CustomerDetails customer) {
        UI.getCurrent()
                .navigate(
                        "satisfaction/follow-ups",
                        com.vaadin.flow.router.QueryParameters.fromString("show=OPEN&customer=" + customer.id()));
        FollowUpsView view = currentView(FollowUpsView.class);
        long id = followUpOf(customer);
        _click(_get(
                GridKt._getCellComponent(view.grid, 0, "actions"),
                Button.class,
                spec -> spec.withId("close-follow-up-" + id)));
        return _get(CloseFollowUpDialog.class);
    }

    @Test
    void theCustomerPageShowsSatisfactionAndOpenFollowUps() {
        CustomerDetails customer = customerOfSales("Sidkund");
        answer(customer, SurveyType.NPS, 5, "Långsamt");
        answer(customer, SurveyType.CES, 6, "Lätt att beställa");
        loginAs(AppRoles.CEO);
        UI.getCurrent().navigate("customers/" + customer.id());
        Div figures = _get(Div.class, spec -> spec.withId("customer-satisfaction-figures"));
        assertThat(figures.getElement().getTextRecursively())
                .contains("NPS: -100 (1 responses, last 12 months)")
                .contains("CES: 6.0 (1 responses, last 12 months)");
        Div open = _get(Div.class, spec -> spec.withId("customer-open-follow-ups"));
        assertThat(open.getElement().getTextRecursively()).contains("Långsamt").contains("Sara Lindqvist");
        assertThat(_get(Span.class, spec -> spec.withId("customer-nps-trend")).getText())
                .startsWith("NPS by month:");
    }

    @Test
    void marketingImportsAFileOnceAndTheReportListsProblems() {
        CustomerDetails customer = customerOfSales("Filkund");
        String run = String.valueOf(System.nanoTime());
        byte[] file = ("typ;betyg;datum;kund;kommentar;svars-id\n" + "NPS;9;" + LocalDate.of(2025, 6, 1) + ";"
                        + customer.name() + ";Bra;" + run + "\n")
                .getBytes(StandardCharsets.UTF_8);
        loginAs(AppRoles.MARKETING);
        SurveyImportView view = navigate(SurveyImportView.class);
        view.received(file);
        assertThat(view.summary.getElement().getTextRecursively())
                .isEqualTo(
                        "1 rows are valid: 1 new responses, 0 already imported (skipped), 0 follow-ups will be opened.");
        _click(view.importButton);
        view = navigate(SurveyImportView.class);
        view.received(file);
        assertThat(view.summary.getElement().getTextRecursively())
                .isEqualTo(
                        "1 rows are valid: 0 new responses, 1 already imported (skipped), 0 follow-ups will be opened.");
        SurveyImportView third = view;
        third.received(
                ("typ;betyg;datum;kund\nNPS;12;2025-06-01;" + customer.name() + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(third.importButton.isEnabled()).isFalse();
        assertThat(third.errors.problems())
                .extracting(p -> third.errors.reason(p))
                .containsExactly("NPS is answered from 0 to 10.");
    }

    private static int rowOf(FollowUpsView view, long customerId) {
        int size = GridKt._size(view.grid);
        for (int i = 0; i < size; i++) {
            if (GridKt._get(view.grid, i).customerId() == customerId) {
                return i;
            }
        }
        throw new AssertionError("no follow-up of customer " + customerId);
    }
}

package se.kundlofte.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.audit.AuditEntry;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerForm;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.Segment;
import se.kundlofte.satisfaction.FollowUpCloseForm;
import se.kundlofte.satisfaction.FollowUpFilter;
import se.kundlofte.satisfaction.FollowUpItem;
import se.kundlofte.satisfaction.FollowUpService;
import se.kundlofte.satisfaction.SurveyResponseForm;
import se.kundlofte.satisfaction.SurveyResponseService;
import se.kundlofte.satisfaction.SurveyType;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;
import se.kundlofte.test.RunAs;

/** Survey responses and follow-ups in the audit log link to where the change can be seen. */
class SatisfactionAuditLinksTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CustomerService customers;

    @Autowired
    SurveyResponseService responses;

    @Autowired
    FollowUpService followUps;

    @Autowired
    BusinessTime time;

    @Test
    void aRecordedResponseOpensItsCustomerAndAClosedFollowUpOpensTheCustomersFollowUps() {
        long owner = jdbc.queryForObject("select id from app_user where username = 'sales'", Long.class);
        CustomerDetails customer = RunAs.user(
                users,
                "sales",
                () -> customers.create(new CustomerForm(
                        "Revisionskund " + System.nanoTime(), null, null, Segment.MID_SIZE, false, owner, null)));
        RunAs.user(
                users,
                "marketing",
                () -> responses.record(SurveyResponseForm.of(SurveyType.NPS, 3, time.today(), customer.id())
                        .withComment("Ingen svarade")));
        FollowUpItem followUp = RunAs.user(users, "sales", () -> {
            FollowUpItem open = followUps
                    .list(FollowUpFilter.open().withCustomer(customer.id()), PageRequest.of(0, 5))
                    .getFirst();
            return followUps.close(open.id(), open.version(), new FollowUpCloseForm("Ringde upp", true));
        });

        loginAs(AppRoles.ADMIN);
        AuditLogView view = navigate(AuditLogView.class);
        _setValue(view.search, customer.name());

        _setValue(view.subject, AuditSubject.SURVEY_RESPONSE);
        int response = rowOf(view.grid, AuditSubject.SURVEY_RESPONSE);
        Component responseCell = GridKt._getCellComponent(view.grid, response, "label");
        assertThat(responseCell).isInstanceOf(RouterLink.class);
        RouterLink toCustomer = (RouterLink) responseCell;
        assertThat(toCustomer.getText()).isEqualTo(customer.name() + " – NPS 3");
        long responseId = GridKt._get(view.grid, response).subjectId();
        assertThat(toCustomer.getHref()).isEqualTo("satisfaction/audit/response/" + responseId);

        _setValue(view.subject, AuditSubject.FOLLOW_UP);
        int closed = rowOf(view.grid, AuditSubject.FOLLOW_UP);
        assertThat(GridKt._get(view.grid, closed).subjectId()).isEqualTo(followUp.id());
        Component followUpCell = GridKt._getCellComponent(view.grid, closed, "label");
        assertThat(followUpCell).isInstanceOf(RouterLink.class);
        RouterLink toFollowUps = (RouterLink) followUpCell;
        assertThat(toFollowUps.getText()).isEqualTo(customer.name());
        assertThat(toFollowUps.getHref()).isEqualTo("satisfaction/audit/follow-up/" + followUp.id());

        // The link leads to the customer's follow-ups, the closed one among them.
        RouterLinkKt._click(toFollowUps);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("satisfaction/follow-ups");
        @SuppressWarnings("unchecked")
        Grid<FollowUpItem> list = _get(Grid.class);
        assertThat(GridKt._size(list)).isEqualTo(1);
        assertThat(GridKt._get(list, 0).id()).isEqualTo(followUp.id());
        assertThat(GridKt._get(list, 0).closed()).isTrue();

        // The response's link finds its customer when followed: the customer's page opens.
        UI.getCurrent().navigate(toCustomer.getHref());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customers/" + customer.id());
    }

    private static int rowOf(Grid<AuditEntry> grid, AuditSubject subject) {
        int size = GridKt._size(grid);
        for (int i = 0; i < size; i++) {
            if (GridKt._get(grid, i).subject() == subject) {
                return i;
            }
        }
        throw new AssertionError("no audit entry of " + subject);
    }
}

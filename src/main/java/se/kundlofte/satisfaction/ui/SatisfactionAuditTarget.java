package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import se.kundlofte.customer.ui.CustomerNavigation;
import se.kundlofte.satisfaction.FollowUpService;
import se.kundlofte.satisfaction.SatisfactionService;
import se.kundlofte.security.Permission;

/**
 * Where an audit-log link to a survey response or a follow-up leads. Neither has a page of its
 * own, so the customer is looked up when the link is followed, not for every row the audit log
 * shows: a response opens its customer's page (its satisfaction section shows the latest
 * answers), a follow-up the customer's follow-ups, open and closed. A record that is gone shows
 * the page-not-found page.
 */
@Route(SatisfactionAuditTarget.ROUTE)
@RolesAllowed(Permission.SATISFACTION_READ)
class SatisfactionAuditTarget extends Div implements BeforeEnterObserver {

    static final String ROUTE = "satisfaction/audit/:kind(response|follow-up)/:id([0-9]+)";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String RESPONSE = "response";
    static final String FOLLOW_UP = "follow-up";

    private final SatisfactionService satisfaction;
    private final FollowUpService followUps;

    SatisfactionAuditTarget(SatisfactionService satisfaction, FollowUpService followUps) {
        this.satisfaction = satisfaction;
        this.followUps = followUps;
    }

    static RouteParameters parameters(String kind, long id) {
        return new RouteParameters(Map.of(KIND, kind, ID, String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(ID).orElseThrow());
        boolean response = RESPONSE.equals(event.getRouteParameters().get(KIND).orElse(""));
        Optional<Long> customer = response ? satisfaction.customerOfResponse(id) : followUps.customerOf(id);
        if (customer.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        } else if (response) {
            event.forwardTo(CustomerNavigation.customerUrl(customer.get()));
        } else {
            event.forwardTo(
                    RouteConfiguration.forApplicationScope().getUrl(FollowUpsView.class),
                    SatisfactionNavigation.customerFollowUps(customer.get()));
        }
    }
}

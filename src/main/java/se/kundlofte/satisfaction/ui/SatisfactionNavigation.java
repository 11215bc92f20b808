package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

/** The way to the satisfaction pages, for this feature and others: no path is written by hand. */
public final class SatisfactionNavigation {

    private SatisfactionNavigation() {}

    /** Opens the trends and comments. */
    public static void toSatisfaction() {
        UI.getCurrent().navigate(SatisfactionView.class);
    }

    /** Opens the follow-ups. */
    public static void toFollowUps() {
        UI.getCurrent().navigate(FollowUpsView.class);
    }

    public static RouterLink satisfactionLink(String text) {
        return new RouterLink(text, SatisfactionView.class);
    }

    public static RouterLink followUpsLink(String text) {
        return new RouterLink(text, FollowUpsView.class);
    }

    /** A link to every follow-up of one customer, open and closed. */
    public static RouterLink customerFollowUpsLink(String text, long customerId) {
        RouterLink link = new RouterLink(text, FollowUpsView.class);
        link.setQueryParameters(customerFollowUps(customerId));
        return link;
    }

    /** The follow-ups page's filter for every follow-up of one customer, open and closed. */
    static QueryParameters customerFollowUps(long customerId) {
        return QueryParameters.simple(java.util.Map.of(
                FollowUpsView.SHOW,
                FollowUpsView.Scope.ALL.name(),
                FollowUpsView.CUSTOMER,
                String.valueOf(customerId)));
    }
}

package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.UI;
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
}

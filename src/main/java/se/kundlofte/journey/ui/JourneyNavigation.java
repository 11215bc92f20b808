package se.kundlofte.journey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/** The way to the journey pages, for this feature and others: no path is written by hand. */
public final class JourneyNavigation {

    private JourneyNavigation() {}

    /** Opens the journey's map. */
    public static void toJourney(long journeyId) {
        UI.getCurrent().navigate(JourneyMapView.class, JourneyMapView.parameters(journeyId));
    }

    /** The map's URL, relative to the portal's root. */
    public static String journeyUrl(long journeyId) {
        return RouteConfiguration.forApplicationScope()
                .getUrl(JourneyMapView.class, JourneyMapView.parameters(journeyId));
    }

    /** A link to the journey's map. */
    public static RouterLink journeyLink(String text, long journeyId) {
        return new RouterLink(text, JourneyMapView.class, JourneyMapView.parameters(journeyId));
    }

    /** A link to the list of journeys. */
    public static RouterLink journeysLink(String text) {
        return new RouterLink(text, JourneyListView.class);
    }
}

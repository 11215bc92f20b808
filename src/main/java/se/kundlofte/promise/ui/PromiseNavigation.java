package se.kundlofte.promise.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/** The way to the promise pages, for this feature and others: no path is written by hand. */
public final class PromiseNavigation {

    private PromiseNavigation() {}

    /** Opens the promise's page. */
    public static void toPromise(long promiseId) {
        UI.getCurrent().navigate(PromiseView.class, PromiseView.parameters(promiseId));
    }

    /** The promise page's URL, relative to the portal's root. */
    public static String promiseUrl(long promiseId) {
        return RouteConfiguration.forApplicationScope().getUrl(PromiseView.class, PromiseView.parameters(promiseId));
    }

    /** A link to the promise's page. */
    public static RouterLink promiseLink(String text, long promiseId) {
        return new RouterLink(text, PromiseView.class, PromiseView.parameters(promiseId));
    }

    /** A link to the open "change, clarify or leave?" reviews. */
    public static RouterLink reviewsLink(String text) {
        return new RouterLink(text, PromiseReviewsView.class);
    }
}

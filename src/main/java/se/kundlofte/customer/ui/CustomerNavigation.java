package se.kundlofte.customer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/** The way to the customer pages, for this feature and others: no path is written by hand. */
public final class CustomerNavigation {

    private CustomerNavigation() {}

    /** Opens the customer's page. */
    public static void toCustomer(long customerId) {
        UI.getCurrent().navigate(CustomerView.class, CustomerView.parameters(customerId));
    }

    /** The customer page's URL, relative to the portal's root. */
    public static String customerUrl(long customerId) {
        return RouteConfiguration.forApplicationScope().getUrl(CustomerView.class, CustomerView.parameters(customerId));
    }

    /** The address of the customer's page, for links rendered in the browser (lazy lists). */
    public static String customerHref(long customerId) {
        return com.vaadin.flow.router.RouteConfiguration.forApplicationScope()
                .getUrl(CustomerView.class, CustomerView.parameters(customerId));
    }

    /** A link to the customer's page. */
    public static RouterLink customerLink(String text, long customerId) {
        return new RouterLink(text, CustomerView.class, CustomerView.parameters(customerId));
    }
}

package se.kundlofte.customer.ui;

import com.vaadin.flow.component.Component;
import se.kundlofte.customer.CustomerDetails;

/**
 * A part of the customer page contributed by a feature (stakeholders, needs, and later
 * requirements, promises, failure demand, satisfaction). Features implement it as Spring beans;
 * the customer page shows every section in {@link #order()} without knowing the features.
 */
public interface CustomerSection {

    /** Lower comes first. Stakeholders 10, needs 20; later features 30 and up. */
    int order();

    /** Translation key of the section heading. */
    String titleKey();

    /** Builds the section's content for the customer (called once per page view). */
    Component create(CustomerDetails customer);
}

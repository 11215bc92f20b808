package se.kundlofte.shell;

import com.vaadin.flow.component.Component;

/**
 * A feature's view that opens instead of the start page when the portal is opened by someone who
 * holds only this role (customer service lands on the contact log). Features implement it as
 * beans; the start page does not know them.
 */
public interface RoleStartPage {

    String role();

    Class<? extends Component> view();
}

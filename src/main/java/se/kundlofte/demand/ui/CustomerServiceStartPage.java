package se.kundlofte.demand.ui;

import se.kundlofte.security.AppRoles;
import se.kundlofte.shell.RoleStartPage;

/** Customer service starts where its day starts: logging contacts. */
@org.springframework.stereotype.Component
class CustomerServiceStartPage implements RoleStartPage {

    @Override
    public String role() {
        return AppRoles.CUSTOMER_SERVICE;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> view() {
        return DemandEntryView.class;
    }
}

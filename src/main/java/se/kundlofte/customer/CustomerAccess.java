package se.kundlofte.customer;

import se.kundlofte.security.AppRoles;
import se.kundlofte.security.CurrentUser;

/** Who may change customers, stakeholders and needs: sales and administrators. Everyone reads. */
public final class CustomerAccess {

    public static final String EDIT = "hasAnyRole('" + AppRoles.SALES + "','" + AppRoles.ADMIN + "')";

    private CustomerAccess() {}

    /** For showing or hiding edit buttons; the services are the guard. */
    public static boolean canEdit() {
        return CurrentUser.hasRole(AppRoles.SALES) || CurrentUser.hasRole(AppRoles.ADMIN);
    }
}

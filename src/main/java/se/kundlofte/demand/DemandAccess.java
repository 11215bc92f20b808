package se.kundlofte.demand;

import se.kundlofte.security.AppRoles;
import se.kundlofte.security.CurrentUser;

/** Customer service logs and triages demand; everyone reads the analysis; administrators do all. */
public final class DemandAccess {

    public static final String LOG = "hasAnyRole('" + AppRoles.CUSTOMER_SERVICE + "','" + AppRoles.ADMIN + "')";

    private DemandAccess() {}

    public static boolean canLog() {
        return CurrentUser.hasRole(AppRoles.CUSTOMER_SERVICE) || CurrentUser.hasRole(AppRoles.ADMIN);
    }
}

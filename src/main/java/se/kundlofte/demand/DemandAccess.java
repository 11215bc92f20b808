package se.kundlofte.demand;

import se.kundlofte.security.AppRoles;

/** Customer service logs and triages demand; everyone reads the analysis; administrators do all. */
public final class DemandAccess {

    public static final String LOG = "hasAnyRole('" + AppRoles.CUSTOMER_SERVICE + "','" + AppRoles.ADMIN + "')";

    private DemandAccess() {}
}

package se.kundlofte.requirement;

import se.kundlofte.security.AppRoles;
import se.kundlofte.security.CurrentUser;

/**
 * Who may do what with requirements. Sales and customer service capture them; product
 * development analyses, prioritises, plans actions and moves cards anywhere; sales and
 * marketing record communications (and move a card on to Communicated); everyone reads;
 * administrators do everything. The services enforce these; views only hide buttons.
 */
public final class RequirementAccess {

    public static final String CREATE =
            "hasAnyRole('" + AppRoles.SALES + "','" + AppRoles.CUSTOMER_SERVICE + "','" + AppRoles.ADMIN + "')";
    public static final String EDIT_DETAILS = "hasAnyRole('" + AppRoles.SALES + "','" + AppRoles.CUSTOMER_SERVICE
            + "','" + AppRoles.PRODUCT_DEVELOPMENT + "','" + AppRoles.ADMIN + "')";
    public static final String ANALYSE = "hasAnyRole('" + AppRoles.PRODUCT_DEVELOPMENT + "','" + AppRoles.ADMIN + "')";
    public static final String COMMUNICATE =
            "hasAnyRole('" + AppRoles.SALES + "','" + AppRoles.MARKETING + "','" + AppRoles.ADMIN + "')";
    public static final String MOVE = "hasAnyRole('" + AppRoles.PRODUCT_DEVELOPMENT + "','" + AppRoles.SALES + "','"
            + AppRoles.MARKETING + "','" + AppRoles.ADMIN + "')";

    private RequirementAccess() {}

    public static boolean canCreate() {
        return any(AppRoles.SALES, AppRoles.CUSTOMER_SERVICE, AppRoles.ADMIN);
    }

    public static boolean canEditDetails() {
        return any(AppRoles.SALES, AppRoles.CUSTOMER_SERVICE, AppRoles.PRODUCT_DEVELOPMENT, AppRoles.ADMIN);
    }

    public static boolean canAnalyse() {
        return any(AppRoles.PRODUCT_DEVELOPMENT, AppRoles.ADMIN);
    }

    public static boolean canCommunicate() {
        return any(AppRoles.SALES, AppRoles.MARKETING, AppRoles.ADMIN);
    }

    /** Product development and administrators move anywhere; sales and marketing only on to Communicated. */
    public static boolean canMoveTo(Stage target) {
        return canAnalyse() || (target == Stage.COMMUNICATED && any(AppRoles.SALES, AppRoles.MARKETING));
    }

    public static boolean canMoveAnything() {
        return canAnalyse() || any(AppRoles.SALES, AppRoles.MARKETING);
    }

    private static boolean any(String... roles) {
        for (String role : roles) {
            if (CurrentUser.hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}

package se.kundlofte.security;

import java.util.List;

/**
 * The roles of the portal: what users are given and single sign-on groups map to. Views and
 * services never check a role; they ask for a {@link Permission}, which the roles grant.
 */
public final class AppRoles {

    public static final String SALES = "SALES";
    public static final String PRODUCT_DEVELOPMENT = "PRODUCT_DEVELOPMENT";
    public static final String CUSTOMER_SERVICE = "CUSTOMER_SERVICE";
    public static final String MARKETING = "MARKETING";
    public static final String CEO = "CEO";
    public static final String ADMIN = "ADMIN";

    /** Every role, in the order they are shown. */
    public static final List<String> ALL = List.of(SALES, PRODUCT_DEVELOPMENT, CUSTOMER_SERVICE, MARKETING, CEO, ADMIN);

    private AppRoles() {}

    /** Translation key of a role's display name. */
    public static String translationKey(String role) {
        return "role." + role;
    }
}

package se.kundlofte.security;

import java.util.List;

/**
 * The roles of the portal. Spring Security stores them as authorities {@code ROLE_<code>};
 * {@code @RolesAllowed} and {@code hasRole(...)} take the bare code. Use only these constants.
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

    /** {@code @PreAuthorize} expression for administrators only. */
    public static final String IS_ADMIN = "hasRole('" + ADMIN + "')";

    /** {@code @PreAuthorize} expression for any user holding at least one portal role. */
    public static final String ANY_ROLE = "hasAnyRole('" + SALES + "','" + PRODUCT_DEVELOPMENT + "','"
            + CUSTOMER_SERVICE + "','" + MARKETING + "','" + CEO + "','" + ADMIN + "')";

    /** {@code @PreAuthorize} expression for any logged-in user. */
    public static final String IS_AUTHENTICATED = "isAuthenticated()";

    private AppRoles() {}

    /** Translation key of a role's display name. */
    public static String translationKey(String role) {
        return "role." + role;
    }
}

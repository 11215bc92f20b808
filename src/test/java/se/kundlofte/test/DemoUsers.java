package se.kundlofte.test;

import java.util.Map;
import se.kundlofte.security.AppRoles;

/** The demo users the tests log in as: exactly one role each. */
public final class DemoUsers {

    public static final String PASSWORD = "kundlofte-demo";

    /** Role → username of a demo user holding only that role. */
    public static final Map<String, String> BY_ROLE = Map.of(
            AppRoles.SALES, "sales",
            AppRoles.PRODUCT_DEVELOPMENT, "product",
            AppRoles.CUSTOMER_SERVICE, "service",
            AppRoles.MARKETING, "marketing",
            AppRoles.CEO, "ceo",
            AppRoles.ADMIN, "admin");

    private DemoUsers() {}

    public static String of(String role) {
        return BY_ROLE.get(role);
    }
}

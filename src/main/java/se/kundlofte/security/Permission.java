package se.kundlofte.security;

import static se.kundlofte.security.AppRoles.ADMIN;
import static se.kundlofte.security.AppRoles.CEO;
import static se.kundlofte.security.AppRoles.CUSTOMER_SERVICE;
import static se.kundlofte.security.AppRoles.MARKETING;
import static se.kundlofte.security.AppRoles.PRODUCT_DEVELOPMENT;
import static se.kundlofte.security.AppRoles.SALES;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a user may do, and the one table of which roles hold which permission. Views and services
 * ask for a permission, never for a role, so each rule is written here once.
 *
 * <p>A logged-in user gets one authority {@code ROLE_<code>} per role and one per permission the
 * roles grant ({@link #authorities}). Permissions carry the {@code ROLE_} prefix as well because
 * Vaadin checks {@code @RolesAllowed} on views through {@code HttpServletRequest.isUserInRole},
 * which Spring Security answers by prefixing {@code ROLE_}; so views say
 * {@code @RolesAllowed(Permission.CUSTOMER_READ)} and services say
 * {@code @PreAuthorize(Require.CUSTOMER_EDIT)}, which is {@code hasRole('CUSTOMER_EDIT')}. Role
 * and permission codes therefore share one name space and must never be equal.
 */
public final class Permission {

    /** Open the portal at all: the frame, the start page, colleagues' names. */
    public static final String PORTAL_USE = "PORTAL_USE";

    public static final String CUSTOMER_READ = "CUSTOMER_READ";
    /** Create, change and archive customers, their stakeholders and needs; import customers. */
    public static final String CUSTOMER_EDIT = "CUSTOMER_EDIT";
    /** Be the owning sales person of a customer. */
    public static final String CUSTOMER_OWN = "CUSTOMER_OWN";

    public static final String INDUSTRY_ADMIN = "INDUSTRY_ADMIN";

    public static final String REQUIREMENT_READ = "REQUIREMENT_READ";
    public static final String REQUIREMENT_CREATE = "REQUIREMENT_CREATE";
    public static final String REQUIREMENT_EDIT_DETAILS = "REQUIREMENT_EDIT_DETAILS";
    /** Analyse, prioritise, monitor and reject requirements; plan and tick off actions. */
    public static final String REQUIREMENT_ANALYSE = "REQUIREMENT_ANALYSE";

    public static final String REQUIREMENT_COMMUNICATE = "REQUIREMENT_COMMUNICATE";
    /** Move cards on the board; without {@link #REQUIREMENT_MOVE_ANY} only on to Communicated. */
    public static final String REQUIREMENT_MOVE = "REQUIREMENT_MOVE";
    /** Move cards to any column and rank them within a column. */
    public static final String REQUIREMENT_MOVE_ANY = "REQUIREMENT_MOVE_ANY";
    /** Be the owner of a requirement (offered in the owner choices and filters). */
    public static final String REQUIREMENT_OWN = "REQUIREMENT_OWN";

    public static final String BOARD_WIP_LIMITS = "BOARD_WIP_LIMITS";

    public static final String DEMAND_READ = "DEMAND_READ";
    /** Log, correct and undo own contacts (for 24 hours) and triage them. */
    public static final String DEMAND_LOG = "DEMAND_LOG";
    /** Correct or undo anyone's contact, whatever its age. */
    public static final String DEMAND_CORRECT_ANY = "DEMAND_CORRECT_ANY";

    public static final String DEMAND_REFERENCE_ADMIN = "DEMAND_REFERENCE_ADMIN";

    /** Read satisfaction: trends, breakdowns, comments and follow-ups. */
    public static final String SATISFACTION_READ = "SATISFACTION_READ";
    /** Record and import survey responses. */
    public static final String SATISFACTION_RECORD = "SATISFACTION_RECORD";
    /** Close the follow-ups of customers one owns (the service checks the owner). */
    public static final String FOLLOW_UP_CLOSE = "FOLLOW_UP_CLOSE";
    /** Close anyone's follow-up: the owners' managers. */
    public static final String FOLLOW_UP_CLOSE_ANY = "FOLLOW_UP_CLOSE_ANY";

    public static final String PROMISE_READ = "PROMISE_READ";
    /** Create, change, retire and check promises; create requirements to keep them. */
    public static final String PROMISE_EDIT = "PROMISE_EDIT";
    /** Be the owner of a promise (offered in the owner choices). */
    public static final String PROMISE_OWN = "PROMISE_OWN";
    /** Record what customers believed they were promised, and when we went beyond the promise. */
    public static final String PROMISE_PERCEIVED = "PROMISE_PERCEIVED";
    /** Decide any "change, clarify or leave?" review; a promise's owner decides its own as well. */
    public static final String PROMISE_REVIEW_DECIDE = "PROMISE_REVIEW_DECIDE";

    public static final String JOURNEY_READ = "JOURNEY_READ";
    /** Create journeys, change their stages and the cells of the map. */
    public static final String JOURNEY_EDIT = "JOURNEY_EDIT";
    /** Record an observation from being with customers, on any journey stage. */
    public static final String JOURNEY_OBSERVE = "JOURNEY_OBSERVE";

    public static final String USER_ADMIN = "USER_ADMIN";
    public static final String AUDIT_READ = "AUDIT_READ";

    private static final String[] EVERY_ROLE = AppRoles.ALL.toArray(String[]::new);

    /** Permission → roles that hold it. The product's rules; {@code PermissionTest} pins them. */
    private static final Map<String, Set<String>> GRANTS = grants(
            grant(PORTAL_USE, EVERY_ROLE),
            grant(CUSTOMER_READ, EVERY_ROLE),
            grant(CUSTOMER_EDIT, SALES, ADMIN),
            grant(CUSTOMER_OWN, SALES),
            grant(INDUSTRY_ADMIN, ADMIN),
            grant(REQUIREMENT_READ, EVERY_ROLE),
            grant(REQUIREMENT_CREATE, SALES, CUSTOMER_SERVICE, ADMIN),
            grant(REQUIREMENT_EDIT_DETAILS, SALES, PRODUCT_DEVELOPMENT, CUSTOMER_SERVICE, ADMIN),
            grant(REQUIREMENT_ANALYSE, PRODUCT_DEVELOPMENT, ADMIN),
            grant(REQUIREMENT_COMMUNICATE, SALES, MARKETING, ADMIN),
            grant(REQUIREMENT_MOVE, SALES, PRODUCT_DEVELOPMENT, MARKETING, ADMIN),
            grant(REQUIREMENT_MOVE_ANY, PRODUCT_DEVELOPMENT, ADMIN),
            grant(REQUIREMENT_OWN, SALES, PRODUCT_DEVELOPMENT, CUSTOMER_SERVICE, MARKETING),
            grant(BOARD_WIP_LIMITS, ADMIN),
            grant(DEMAND_READ, EVERY_ROLE),
            grant(DEMAND_LOG, CUSTOMER_SERVICE, ADMIN),
            grant(DEMAND_CORRECT_ANY, ADMIN),
            grant(DEMAND_REFERENCE_ADMIN, ADMIN),
            grant(SATISFACTION_READ, EVERY_ROLE),
            grant(SATISFACTION_RECORD, MARKETING, CUSTOMER_SERVICE, ADMIN),
            grant(FOLLOW_UP_CLOSE, SALES, CEO, ADMIN),
            grant(FOLLOW_UP_CLOSE_ANY, CEO, ADMIN),
            grant(PROMISE_READ, EVERY_ROLE),
            grant(PROMISE_EDIT, SALES, MARKETING, ADMIN),
            grant(PROMISE_OWN, SALES, MARKETING),
            grant(PROMISE_PERCEIVED, SALES, CUSTOMER_SERVICE, ADMIN),
            grant(PROMISE_REVIEW_DECIDE, CEO),
            grant(JOURNEY_READ, EVERY_ROLE),
            grant(JOURNEY_EDIT, MARKETING, PRODUCT_DEVELOPMENT, ADMIN),
            grant(JOURNEY_OBSERVE, EVERY_ROLE),
            grant(USER_ADMIN, ADMIN),
            grant(AUDIT_READ, ADMIN));

    /** Every permission, in the order of the table. */
    public static final List<String> ALL = List.copyOf(GRANTS.keySet());

    private Permission() {}

    /** The permissions that any of the roles grants; unknown roles grant nothing. */
    public static Set<String> of(Collection<String> roles) {
        Set<String> permissions = new LinkedHashSet<>();
        GRANTS.forEach((permission, holders) -> {
            if (roles.stream().anyMatch(holders::contains)) {
                permissions.add(permission);
            }
        });
        return Set.copyOf(permissions);
    }

    /** The roles that hold the permission; fails for an unknown permission. */
    public static Set<String> rolesWith(String permission) {
        Set<String> roles = GRANTS.get(permission);
        if (roles == null) {
            throw new IllegalArgumentException("Unknown permission " + permission);
        }
        return roles;
    }

    /** The authorities of a user with these roles: {@code ROLE_} + each role and each permission. */
    public static Set<GrantedAuthority> authorities(Collection<String> roles) {
        return Stream.concat(roles.stream(), of(roles).stream())
                .map(code -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + code))
                .collect(Collectors.toUnmodifiableSet());
    }

    @SafeVarargs
    private static Map<String, Set<String>> grants(Map.Entry<String, Set<String>>... grants) {
        Map<String, Set<String>> byPermission = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> grant : grants) {
            if (byPermission.put(grant.getKey(), grant.getValue()) != null) {
                throw new IllegalStateException("Permission granted twice: " + grant.getKey());
            }
        }
        return Collections.unmodifiableMap(byPermission);
    }

    private static Map.Entry<String, Set<String>> grant(String permission, String... roles) {
        return Map.entry(permission, Set.of(roles));
    }

    /**
     * {@code @PreAuthorize} expressions, one per permission, built from the codes above so that a
     * service names the same permission as the view.
     */
    public static final class Require {

        public static final String PORTAL_USE = "hasRole('" + Permission.PORTAL_USE + "')";
        public static final String CUSTOMER_READ = "hasRole('" + Permission.CUSTOMER_READ + "')";
        public static final String CUSTOMER_EDIT = "hasRole('" + Permission.CUSTOMER_EDIT + "')";
        public static final String INDUSTRY_ADMIN = "hasRole('" + Permission.INDUSTRY_ADMIN + "')";
        public static final String REQUIREMENT_READ = "hasRole('" + Permission.REQUIREMENT_READ + "')";
        public static final String REQUIREMENT_CREATE = "hasRole('" + Permission.REQUIREMENT_CREATE + "')";
        public static final String REQUIREMENT_EDIT_DETAILS = "hasRole('" + Permission.REQUIREMENT_EDIT_DETAILS + "')";
        public static final String REQUIREMENT_ANALYSE = "hasRole('" + Permission.REQUIREMENT_ANALYSE + "')";
        public static final String REQUIREMENT_COMMUNICATE = "hasRole('" + Permission.REQUIREMENT_COMMUNICATE + "')";
        public static final String REQUIREMENT_MOVE = "hasRole('" + Permission.REQUIREMENT_MOVE + "')";
        public static final String BOARD_WIP_LIMITS = "hasRole('" + Permission.BOARD_WIP_LIMITS + "')";
        public static final String DEMAND_READ = "hasRole('" + Permission.DEMAND_READ + "')";
        public static final String DEMAND_LOG = "hasRole('" + Permission.DEMAND_LOG + "')";
        public static final String DEMAND_REFERENCE_ADMIN = "hasRole('" + Permission.DEMAND_REFERENCE_ADMIN + "')";
        public static final String SATISFACTION_READ = "hasRole('" + Permission.SATISFACTION_READ + "')";
        public static final String SATISFACTION_RECORD = "hasRole('" + Permission.SATISFACTION_RECORD + "')";
        public static final String FOLLOW_UP_CLOSE = "hasRole('" + Permission.FOLLOW_UP_CLOSE + "')";
        public static final String PROMISE_READ = "hasRole('" + Permission.PROMISE_READ + "')";
        public static final String PROMISE_EDIT = "hasRole('" + Permission.PROMISE_EDIT + "')";
        public static final String PROMISE_PERCEIVED = "hasRole('" + Permission.PROMISE_PERCEIVED + "')";
        public static final String JOURNEY_READ = "hasRole('" + Permission.JOURNEY_READ + "')";
        public static final String JOURNEY_EDIT = "hasRole('" + Permission.JOURNEY_EDIT + "')";
        public static final String JOURNEY_OBSERVE = "hasRole('" + Permission.JOURNEY_OBSERVE + "')";
        public static final String USER_ADMIN = "hasRole('" + Permission.USER_ADMIN + "')";
        public static final String AUDIT_READ = "hasRole('" + Permission.AUDIT_READ + "')";

        /** Any logged-in user, whatever they may do: their own settings. */
        public static final String AUTHENTICATED = "isAuthenticated()";

        private Require() {}
    }
}

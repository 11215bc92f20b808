package se.kundlofte.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

/**
 * The product's rules of who may do what, written out once more as a table, so that a change to
 * {@link Permission}'s grid is deliberate: change both or this test fails. The route and service
 * matrices then prove that views and services ask for these permissions.
 */
class PermissionTest {

    /** Column → role. */
    private static final Map<String, String> COLUMNS = Map.of(
            "SALES", AppRoles.SALES,
            "PROD", AppRoles.PRODUCT_DEVELOPMENT,
            "SERV", AppRoles.CUSTOMER_SERVICE,
            "MARK", AppRoles.MARKETING,
            "CEO", AppRoles.CEO,
            "ADMIN", AppRoles.ADMIN);

    private static final String GRID = """
            permission                  SALES  PROD  SERV  MARK  CEO  ADMIN
            PORTAL_USE                    x     x     x     x     x     x
            CUSTOMER_READ                 x     x     x     x     x     x
            CUSTOMER_EDIT                 x     .     .     .     .     x
            CUSTOMER_OWN                  x     .     .     .     .     .
            INDUSTRY_ADMIN                .     .     .     .     .     x
            REQUIREMENT_READ              x     x     x     x     x     x
            REQUIREMENT_CREATE            x     .     x     .     .     x
            REQUIREMENT_EDIT_DETAILS      x     x     x     .     .     x
            REQUIREMENT_ANALYSE           .     x     .     .     .     x
            REQUIREMENT_COMMUNICATE       x     .     .     x     .     x
            REQUIREMENT_MOVE              x     x     .     x     .     x
            REQUIREMENT_MOVE_ANY          .     x     .     .     .     x
            REQUIREMENT_OWN               x     x     x     x     .     .
            BOARD_WIP_LIMITS              .     .     .     .     .     x
            DEMAND_READ                   x     x     x     x     x     x
            DEMAND_LOG                    .     .     x     .     .     x
            DEMAND_CORRECT_ANY            .     .     .     .     .     x
            DEMAND_REFERENCE_ADMIN        .     .     .     .     .     x
            SATISFACTION_READ             x     x     x     x     x     x
            SATISFACTION_RECORD           .     .     x     x     .     x
            FOLLOW_UP_CLOSE               x     .     .     .     x     x
            FOLLOW_UP_CLOSE_ANY           .     .     .     .     x     x
            PROMISE_READ                  x     x     x     x     x     x
            PROMISE_EDIT                  x     .     .     x     .     x
            PROMISE_OWN                   x     .     .     x     .     .
            PROMISE_PERCEIVED             x     .     x     .     .     x
            PROMISE_REVIEW_DECIDE         .     .     .     .     x     .
            JOURNEY_READ                  x     x     x     x     x     x
            JOURNEY_EDIT                  .     x     .     x     .     x
            JOURNEY_OBSERVE               x     x     x     x     x     x
            USER_ADMIN                    .     .     .     .     .     x
            AUDIT_READ                    .     .     .     .     .     x
            """;

    @Test
    void eachPermissionIsHeldByExactlyTheRolesOfTheGrid() {
        Map<String, Set<String>> expected = grid();
        assertThat(Permission.ALL).containsExactlyElementsOf(expected.keySet());
        expected.forEach((permission, roles) ->
                assertThat(Permission.rolesWith(permission)).as(permission).containsExactlyInAnyOrderElementsOf(roles));
    }

    @Test
    void everyPermissionConstantIsInTheGrid() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field field : Permission.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(Permission.ALL).containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void eachExpressionNamesItsOwnPermission() throws IllegalAccessException {
        for (Field field : Permission.Require.class.getDeclaredFields()) {
            if (!Modifier.isPublic(field.getModifiers()) || field.getName().equals("AUTHENTICATED")) {
                continue;
            }
            assertThat(Permission.ALL).as(field.getName()).contains(field.getName());
            assertThat(field.get(null)).as(field.getName()).isEqualTo("hasRole('" + field.getName() + "')");
        }
    }

    @Test
    void permissionsAndRolesNeverShareACode() {
        // Both become ROLE_<code> authorities; a permission named like a role would grant it.
        assertThat(Permission.ALL).doesNotContainAnyElementsOf(AppRoles.ALL);
    }

    @Test
    void whoeverMayMoveAnywhereMayMoveAtAll() {
        assertThat(Permission.rolesWith(Permission.REQUIREMENT_MOVE))
                .containsAll(Permission.rolesWith(Permission.REQUIREMENT_MOVE_ANY));
    }

    @Test
    void severalRolesGrantTheUnionOfTheirPermissions() {
        Set<String> both = Permission.of(List.of(AppRoles.CEO, AppRoles.CUSTOMER_SERVICE));
        Set<String> union = new TreeSet<>(Permission.of(List.of(AppRoles.CEO)));
        union.addAll(Permission.of(List.of(AppRoles.CUSTOMER_SERVICE)));
        assertThat(both).containsExactlyInAnyOrderElementsOf(union).contains(Permission.DEMAND_LOG);
        assertThat(Permission.of(List.of("UNKNOWN"))).isEmpty();
        assertThatThrownBy(() -> Permission.rolesWith("UNKNOWN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUserCarriesRolesAndPermissionsButReportsOnlyItsRoles() {
        KundlofteUser user = new KundlofteUser(1, "s", "", true, "S", "sv", Set.of(AppRoles.SALES));
        Set<String> authorities = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        assertThat(authorities).contains("ROLE_SALES", "ROLE_CUSTOMER_EDIT").doesNotContain("ROLE_DEMAND_LOG");
        assertThat(user.getRoles()).containsExactly(AppRoles.SALES);
    }

    private static Map<String, Set<String>> grid() {
        List<String> lines = GRID.lines().filter(line -> !line.isBlank()).toList();
        List<String> header = Arrays.asList(lines.getFirst().trim().split("\\s+"));
        Map<String, Set<String>> grid = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            assertThat(cells).as(line).hasSize(header.size());
            Set<String> roles = new TreeSet<>();
            for (int i = 1; i < cells.length; i++) {
                if (cells[i].equals("x")) {
                    roles.add(COLUMNS.get(header.get(i)));
                }
            }
            grid.put(cells[0], roles);
        }
        return grid;
    }
}

package se.kundlofte.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.test.DemoUsers;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.user.NewUser;
import se.kundlofte.user.UserAdminService;
import se.kundlofte.user.UserChanges;
import se.kundlofte.user.UserPreferenceService;

/**
 * Role × service method: each guarded method is called as each role and without any user; it
 * either runs or is refused, exactly as the table says. Add every new service method here.
 */
@IntegrationTest
class ServiceAccessMatrixTest {

    private static final Set<String> ADMIN_ONLY = Set.of(AppRoles.ADMIN);
    private static final Set<String> EVERY_ROLE = Set.copyOf(AppRoles.ALL);

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    UserPreferenceService preferences;

    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** Method → roles allowed. The calls use harmless arguments; refusal happens before they matter. */
    private Map<String, Case> table() {
        return Map.of(
                "UserAdminService.list", new Case(ADMIN_ONLY, () -> userAdmin.list(null, PageRequest.of(0, 5))),
                "UserAdminService.get", new Case(ADMIN_ONLY, () -> userAdmin.get(1)),
                "UserAdminService.create",
                        new Case(ADMIN_ONLY, () -> userAdmin.create(new NewUser("x", "", "", null, Set.of(), ""))),
                "UserAdminService.update",
                        new Case(ADMIN_ONLY, () -> userAdmin.update(new UserChanges(-1, 0, "", "", null, Set.of()))),
                "UserAdminService.setActive", new Case(ADMIN_ONLY, () -> userAdmin.setActive(-1, 0, true)),
                "UserAdminService.setPassword", new Case(ADMIN_ONLY, () -> userAdmin.setPassword(-1, "")),
                "UserPreferenceService.save", new Case(EVERY_ROLE, () -> preferences.save(Locale.ENGLISH)));
    }

    @Test
    void eachRoleReachesExactlyTheMethodsTheTableAllows() {
        table().forEach((method, guarded) -> {
            for (String role : AppRoles.ALL) {
                loginAs(DemoUsers.of(role));
                if (guarded.roles().contains(role)) {
                    assertThatCode(() -> runIgnoringBusinessErrors(guarded.call()))
                            .as("%s as %s", method, role)
                            .doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(() -> guarded.call().run())
                            .as("%s as %s", method, role)
                            .isInstanceOf(AccessDeniedException.class);
                }
            }
        });
    }

    @Test
    void nothingRunsWithoutALoggedInUser() {
        table().forEach((method, guarded) -> {
            SecurityContextHolder.clearContext();
            assertThatThrownBy(() -> guarded.call().run())
                    .as(method)
                    .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
        });
    }

    @Test
    void theTableCoversEveryPublicMethodOfTheServices() {
        Set<String> declared = new java.util.TreeSet<>();
        for (Class<?> service : new Class<?>[] {UserAdminService.class, UserPreferenceService.class}) {
            for (var method : service.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    declared.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(table().keySet()).containsExactlyInAnyOrderElementsOf(declared);
    }

    private void loginAs(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Passing the guard is what counts here; the harmless arguments then fail validation. */
    private static void runIgnoringBusinessErrors(Runnable call) {
        try {
            call.run();
        } catch (se.kundlofte.base.FieldValidationException | se.kundlofte.base.RuleViolationException e) {
            // reached the method body: access was granted
        }
    }

    private record Case(Set<String> roles, Runnable call) {}
}

package se.kundlofte.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.IntegrationTest;

@IntegrationTest
@WithUserDetails("admin")
class UserAdminServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserAdminService service;

    @Autowired
    AppUserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    static String uniqueUsername() {
        return "svc-test-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    private UserListItem createUser(String username, String... roles) {
        return service.create(new NewUser(
                username,
                "Åsa Öberg",
                username.trim().toLowerCase() + "@foretag.se",
                "Kundtjänst",
                Set.of(roles),
                "ett långt lösenord"));
    }

    @Test
    void createStoresTheUserWithAnArgon2HashAndNormalizedUsername() {
        String username = uniqueUsername();
        UserListItem created = createUser("  " + username.toUpperCase() + " ", AppRoles.SALES, AppRoles.MARKETING);

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.fullName()).isEqualTo("Åsa Öberg");
        assertThat(created.roles()).containsExactlyInAnyOrder(AppRoles.SALES, AppRoles.MARKETING);
        assertThat(created.active()).isTrue();
        String hash =
                jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, created.id());
        assertThat(hash).startsWith("{argon2}").doesNotContain("ett långt lösenord");
        UserDetails details = userDetailsService.loadUserByUsername(username);
        assertThat(passwordEncoder.matches("ett långt lösenord", details.getPassword()))
                .isTrue();
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsSaved() {
        long before = count();
        assertThatThrownBy(() -> service.create(new NewUser("x", "", "not-an-email", null, Set.of(), "kort")))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field())
                        .containsExactlyInAnyOrder("username", "fullName", "email", "roles", "password"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aTakenUsernameIsRefused() {
        String username = uniqueUsername();
        createUser(username, AppRoles.SALES);
        assertThatThrownBy(() -> createUser(username, AppRoles.CEO))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .singleElement()
                        .satisfies(error -> assertThat(error.messageKey()).isEqualTo("user.error.usernameTaken")));
    }

    @Test
    void updateChangesRolesAndDetectsAConcurrentEdit() {
        UserListItem created = createUser(uniqueUsername(), AppRoles.SALES);
        UserListItem updated = service.update(new UserChanges(
                created.id(), created.version(), "Åsa Öberg-Ek", "asa@foretag.se", "", Set.of(AppRoles.CEO)));
        assertThat(updated.roles()).containsExactly(AppRoles.CEO);
        assertThat(updated.department()).isNull();
        assertThat(updated.version()).isGreaterThan(created.version());

        // A second admin saves from the version they opened before the first save.
        assertThatThrownBy(() -> service.update(new UserChanges(
                        created.id(), created.version(), "Other", "o@foretag.se", null, Set.of(AppRoles.SALES))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.get(created.id()).fullName()).isEqualTo("Åsa Öberg-Ek");
    }

    @Test
    void aDeactivatedUserIsDisabledForLoginAndCanBeReactivated() {
        UserListItem created = createUser(uniqueUsername(), AppRoles.SALES);
        UserListItem deactivated = service.setActive(created.id(), created.version(), false);
        assertThat(deactivated.active()).isFalse();
        assertThat(userDetailsService.loadUserByUsername(created.username()).isEnabled())
                .isFalse();

        UserListItem reactivated = service.setActive(deactivated.id(), deactivated.version(), true);
        assertThat(userDetailsService.loadUserByUsername(reactivated.username()).isEnabled())
                .isTrue();
    }

    @Test
    void anAdminCannotDeactivateThemselvesOrDropTheirOwnAdminRole() {
        UserListItem me = service.list("anders", PageRequest.of(0, 10)).getFirst();
        assertThat(me.username()).isEqualTo("admin");
        assertThatThrownBy(() -> service.setActive(me.id(), me.version(), false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("user.error.cannotDeactivateSelf"));
        assertThatThrownBy(() -> service.update(
                        new UserChanges(me.id(), me.version(), me.fullName(), me.email(), null, Set.of(AppRoles.CEO))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("user.error.cannotRemoveOwnAdmin"));
        assertThat(service.get(me.id()).active()).isTrue();
    }

    /**
     * An administrator whose admin role was just taken away elsewhere (their session still says
     * admin) must not remove the last remaining administrator.
     */
    @Test
    @Transactional
    void theLastActiveAdministratorIsKept() {
        UserListItem stale = createUser(uniqueUsername(), AppRoles.ADMIN);
        UserDetails staleSession = userDetailsService.loadUserByUsername(stale.username());
        // Every other administrator but the demo admin is deactivated (rolled back after the test).
        jdbc.update("""
                update app_user set active = false
                where username <> 'admin' and id in (select user_id from app_user_role where role = 'ADMIN')""");
        UserListItem lastAdmin = service.list("anders", PageRequest.of(0, 10)).getFirst();

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        staleSession, null, staleSession.getAuthorities()));
        assertThatThrownBy(() -> service.setActive(lastAdmin.id(), lastAdmin.version(), false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("user.error.lastAdmin"));
        assertThatThrownBy(() -> service.update(new UserChanges(
                        lastAdmin.id(),
                        lastAdmin.version(),
                        lastAdmin.fullName(),
                        lastAdmin.email(),
                        null,
                        Set.of(AppRoles.CEO))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("user.error.lastAdmin"));
    }

    @Test
    void setPasswordFollowsThePolicy() {
        UserListItem created = createUser(uniqueUsername(), AppRoles.SALES);
        assertThatThrownBy(() -> service.setPassword(created.id(), "too short"))
                .isInstanceOf(FieldValidationException.class);
        service.setPassword(created.id(), "ett helt nytt lösenord");
        UserDetails details = userDetailsService.loadUserByUsername(created.username());
        assertThat(passwordEncoder.matches("ett helt nytt lösenord", details.getPassword()))
                .isTrue();
        assertThat(passwordEncoder.matches("ett långt lösenord", details.getPassword()))
                .isFalse();
    }

    @Test
    void listSearchesAndPagesInTheDatabase() {
        String marker = "zz" + SEQUENCE.incrementAndGet() + "q";
        for (int i = 0; i < 3; i++) {
            service.create(new NewUser(
                    marker + "-" + i,
                    "Person " + marker + " " + i,
                    marker + i + "@foretag.se",
                    null,
                    Set.of(AppRoles.SALES),
                    "ett långt lösenord"));
        }
        assertThat(service.list(marker, PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "username"))))
                .extracting(UserListItem::username)
                .containsExactly(marker + "-2", marker + "-1");
        assertThat(service.list(marker, PageRequest.of(1, 2))).hasSize(1);
        assertThat(service.list("Kundtjänst".toUpperCase(), PageRequest.of(0, 500)))
                .isNotEmpty();
        // Unknown sort properties from a client are ignored rather than failing.
        assertThat(service.list(marker, PageRequest.of(0, 5, Sort.by("passwordHash"))))
                .hasSize(3);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from app_user", Long.class);
    }
}

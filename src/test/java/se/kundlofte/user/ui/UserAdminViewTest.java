package se.kundlofte.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;
import se.kundlofte.user.UserListItem;

class UserAdminViewTest extends KaribuTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    JdbcTemplate jdbc;

    private UserAdminView view;

    @BeforeEach
    void openAsAdmin() {
        loginAs(AppRoles.ADMIN);
        view = navigate(UserAdminView.class);
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 100_000 + "-" + SEQUENCE.incrementAndGet();
    }

    private static java.util.List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText)
                .toList();
    }

    private UserDialog openCreateDialog() {
        _click(view.create);
        return _get(UserDialog.class);
    }

    private void fill(UserDialog dialog, String username, String password) {
        _setValue(dialog.fullName, "Lena Åkesson");
        _setValue(dialog.username, username);
        _setValue(dialog.email, username + "@foretag.se");
        _setValue(dialog.department, "Marknad");
        _setValue(dialog.roles, Set.of(AppRoles.MARKETING, AppRoles.CEO));
        _setValue(dialog.password, password);
    }

    @Test
    void theGridListsUsersAndSearchFiltersThem() {
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(7);
        _setValue(view.search, "nyström");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).username()).isEqualTo("product");
        assertThat(GridKt._getFormatted(view.grid, 0, "email")).isEqualTo("product@kundlofte.example");
    }

    @Test
    void createAUser() {
        String username = unique("lena");
        UserDialog dialog = openCreateDialog();
        fill(dialog, username, "en lång lösenfras");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("Lena Åkesson was saved.");
        _setValue(view.search, username);
        UserListItem created = GridKt._get(view.grid, 0);
        assertThat(created.username()).isEqualTo(username);
        assertThat(created.roles()).containsExactlyInAnyOrder(AppRoles.MARKETING, AppRoles.CEO);
    }

    @Test
    void invalidInputShowsMessagesAtTheFieldsAndSavesNothing() {
        long before = jdbc.queryForObject("select count(*) from app_user", Long.class);
        UserDialog dialog = openCreateDialog();
        _setValue(dialog.username, "Å");
        _setValue(dialog.email, "not-an-email");
        _setValue(dialog.password, "short");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.fullName.isInvalid()).isTrue();
        assertThat(dialog.fullName.getErrorMessage()).isEqualTo("Enter the name.");
        assertThat(dialog.username.getErrorMessage()).startsWith("Use 3–64 characters");
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter a valid email address, like name@company.se.");
        assertThat(dialog.roles.getErrorMessage()).isEqualTo("Choose at least one role.");
        assertThat(dialog.password.getErrorMessage()).isEqualTo("The password must be at least 12 characters.");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aTakenUsernameIsShownAtTheUsernameField() {
        UserDialog dialog = openCreateDialog();
        fill(dialog, "sales", "en lång lösenfras");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("This username is already in use.");
    }

    @Test
    void editRolesAndDeactivateAndReactivate() {
        String username = unique("edit");
        UserDialog dialog = openCreateDialog();
        fill(dialog, username, "en lång lösenfras");
        _click(dialog.save);
        _setValue(view.search, username);
        view.openDialog(GridKt._get(view.grid, 0));

        UserDialog edit = _get(UserDialog.class);
        assertThat(edit.username.isReadOnly()).isTrue();
        _setValue(edit.roles, Set.of(AppRoles.SALES));
        _click(edit.save);
        assertThat(GridKt._get(view.grid, 0).roles()).containsExactly(AppRoles.SALES);

        view.openDialog(GridKt._get(view.grid, 0));
        _click(_get(Button.class, spec -> spec.withId("toggle-active")));
        assertThat(notificationTexts()).contains("Lena Åkesson was deactivated and can no longer log in.");
        assertThat(GridKt._get(view.grid, 0).active()).isFalse();
        assertThat(GridKt._getFormatted(view.grid, 0, "username")).isEqualTo(username);

        view.openDialog(GridKt._get(view.grid, 0));
        _click(_get(Button.class, spec -> spec.withId("toggle-active")));
        assertThat(GridKt._get(view.grid, 0).active()).isTrue();
    }

    @Test
    void theAdminCannotDeactivateThemselves() {
        _setValue(view.search, "Anders Ström");
        view.openDialog(GridKt._get(view.grid, 0));
        UserDialog dialog = _get(UserDialog.class);
        _click(_get(Button.class, spec -> spec.withId("toggle-active")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(notificationTexts()).contains("You cannot deactivate your own account.");
        assertThat(GridKt._get(view.grid, 0).active()).isTrue();
    }

    @Test
    void aConcurrentEditIsReportedAndCanBeReloaded() {
        String username = unique("conflict");
        UserDialog create = openCreateDialog();
        fill(create, username, "en lång lösenfras");
        _click(create.save);
        _setValue(view.search, username);
        view.openDialog(GridKt._get(view.grid, 0));
        UserDialog dialog = _get(UserDialog.class);

        // Another administrator saves the same user meanwhile.
        jdbc.update(
                "update app_user set full_name = 'Changed Elsewhere', version = version + 1 where username = ?",
                username);

        _setValue(dialog.fullName, "My Edit");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.isConflictShown()).isTrue();
        assertThat(jdbc.queryForObject("select full_name from app_user where username = ?", String.class, username))
                .isEqualTo("Changed Elsewhere");

        _click(_get(dialog, Button.class, spec -> spec.withId("conflict-reload")));
        assertThat(dialog.fullName.getValue()).isEqualTo("Changed Elsewhere");
        assertThat(dialog.isConflictShown()).isFalse();
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void setAPassword() {
        String username = unique("pw");
        UserDialog create = openCreateDialog();
        fill(create, username, "en lång lösenfras");
        _click(create.save);
        _setValue(view.search, username);
        view.openPasswordDialog(GridKt._get(view.grid, 0));
        PasswordDialog dialog = _get(PasswordDialog.class);

        _setValue(dialog.password, "ett nytt långt lösen");
        _setValue(dialog.repeat, "ett annat långt lösen");
        _click(dialog.save);
        assertThat(dialog.repeat.getErrorMessage()).isEqualTo("The passwords do not match.");

        _setValue(dialog.password, "kort");
        _setValue(dialog.repeat, "kort");
        _click(dialog.save);
        assertThat(dialog.password.getErrorMessage()).isEqualTo("The password must be at least 12 characters.");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(dialog.password, "ett nytt långt lösen");
        _setValue(dialog.repeat, "ett nytt långt lösen");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
    }
}

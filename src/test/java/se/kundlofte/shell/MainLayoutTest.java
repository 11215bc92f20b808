package se.kundlofte.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;
import se.kundlofte.test.Views;

class MainLayoutTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private List<String> menu() {
        return _get(SideNav.class, spec -> spec.withId("main-menu")).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }

    @Test
    void theAdminMenuHasUserAdministration() {
        loginAs(AppRoles.ADMIN);
        assertThat(menu())
                .containsExactly(
                        "Start",
                        "Customers",
                        "Requirement board",
                        "Promises",
                        "Customer journeys",
                        "Log contact",
                        "Triage",
                        "Failure demand",
                        "Satisfaction",
                        "Follow-ups",
                        "Users",
                        "Industries",
                        "Causes and channels",
                        "Audit log");
    }

    @Test
    void otherRolesDoNotSeeUserAdministration() {
        for (String role : List.of(AppRoles.SALES, AppRoles.PRODUCT_DEVELOPMENT, AppRoles.MARKETING, AppRoles.CEO)) {
            loginAs(role);
            assertThat(menu())
                    .as(role)
                    .containsExactly(
                            "Start",
                            "Customers",
                            "Requirement board",
                            "Promises",
                            "Customer journeys",
                            "Failure demand",
                            "Satisfaction",
                            "Follow-ups");
        }
    }

    @Test
    void customerServiceAlsoLogsAndTriagesDemand() {
        loginAs(AppRoles.CUSTOMER_SERVICE);
        assertThat(menu())
                .containsExactly(
                        "Start",
                        "Customers",
                        "Requirement board",
                        "Promises",
                        "Customer journeys",
                        "Log contact",
                        "Triage",
                        "Failure demand",
                        "Satisfaction",
                        "Follow-ups");
    }

    @Test
    void theHeaderShowsTheViewTitle() {
        loginAs(AppRoles.ADMIN);
        UI.getCurrent().navigate(Views.named("se.kundlofte.user.ui.UserAdminView"));
        assertThat(_get(H1.class, spec -> spec.withClasses("view-title")).getText())
                .isEqualTo("Users");
    }

    @Test
    void theUserMenuShowsRolesAndSwitchesLanguage() {
        loginAs(AppRoles.CEO);
        MenuBar userMenu = _get(MenuBar.class, spec -> spec.withId("user-menu"));
        var root = userMenu.getItems().getFirst();
        assertThat(root.getSubMenu().getItems())
                .extracting(item -> item.getText())
                .contains("Roles: CEO", "Language", "Log out");

        try {
            ContextMenuKt._clickItemWithCaption(userMenu, "Svenska");

            assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("sv");
            assertThat(jdbc.queryForObject(
                            "select preferred_language from app_user where username = 'ceo'", String.class))
                    .isEqualTo("sv");
            // The next login starts in the saved language.
            loginAs(AppRoles.CEO);
            assertThat(menu())
                    .containsExactly(
                            "Start",
                            "Kunder",
                            "Kravtavla",
                            "Löften",
                            "Kundresor",
                            "Felefterfrågan",
                            "Nöjdhet",
                            "Uppföljningar");
            assertThat(_get(H1.class, spec -> spec.withClasses("view-title")).getText())
                    .isEqualTo("Start");
            assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("sv");
            assertThat(UI.getCurrent().getTranslation("layout.logout")).isEqualTo("Logga ut");
        } finally {
            jdbc.update("update app_user set preferred_language = null where username = 'ceo'");
        }
    }
}

package se.kundlofte.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.kundlofte.test.Views.named;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kundlofte.customer.ui.IndustryAdminView;
import se.kundlofte.demand.ui.DemandReferenceView;
import se.kundlofte.security.ui.LoginView;
import se.kundlofte.shell.StartView;
import se.kundlofte.test.AppRoutes;
import se.kundlofte.test.KaribuTest;

/**
 * Role × route: every {@code @Route} of the app is in this one table with the roles that may
 * open it; each role either reaches the view or is denied, and anonymous users land on login.
 * A new view that is not added here fails {@link #theTableListsEveryRoute()}. Package-private
 * views are named by class name.
 */
class RouteAccessMatrixTest extends KaribuTest {

    private static final Set<String> EVERY_ROLE = Set.copyOf(AppRoles.ALL);

    /** Route class → (a location that opens it, roles allowed; null = anonymous allowed). */
    private static final Map<Class<? extends Component>, Access> TABLE = Map.ofEntries(
            Map.entry(LoginView.class, new Access("login", null)),
            Map.entry(StartView.class, new Access("", EVERY_ROLE)),
            Map.entry(named("se.kundlofte.user.ui.UserAdminView"), new Access("admin/users", Set.of(AppRoles.ADMIN))),
            Map.entry(named("se.kundlofte.customer.ui.CustomerListView"), new Access("customers", EVERY_ROLE)),
            Map.entry(named("se.kundlofte.customer.ui.CustomerView"), new Access("customers/1", EVERY_ROLE)),
            Map.entry(
                    named("se.kundlofte.customer.ui.CustomerImportView"),
                    new Access("customers/import", Set.of(AppRoles.SALES, AppRoles.ADMIN))),
            Map.entry(IndustryAdminView.class, new Access("admin/industries", Set.of(AppRoles.ADMIN))),
            Map.entry(named("se.kundlofte.requirement.ui.RequirementBoardView"), new Access("board", EVERY_ROLE)),
            Map.entry(named("se.kundlofte.requirement.ui.RequirementView"), new Access("requirements/1", EVERY_ROLE)),
            Map.entry(
                    named("se.kundlofte.demand.ui.DemandEntryView"),
                    new Access("demand/new", Set.of(AppRoles.CUSTOMER_SERVICE, AppRoles.ADMIN))),
            Map.entry(
                    named("se.kundlofte.demand.ui.DemandTriageView"),
                    new Access("demand/triage", Set.of(AppRoles.CUSTOMER_SERVICE, AppRoles.ADMIN))),
            Map.entry(named("se.kundlofte.demand.ui.DemandAnalysisView"), new Access("demand", EVERY_ROLE)),
            Map.entry(DemandReferenceView.class, new Access("admin/demand", Set.of(AppRoles.ADMIN))),
            Map.entry(named("se.kundlofte.audit.ui.AuditLogView"), new Access("admin/audit", Set.of(AppRoles.ADMIN))));

    @Test
    void theTableListsEveryRoute() {
        Set<Class<? extends Component>> routes = AppRoutes.discover().getRoutes().stream()
                .filter(type -> type.isAnnotationPresent(Route.class))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(TABLE.keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void eachRoleReachesExactlyTheViewsTheTableAllows() {
        for (String role : AppRoles.ALL) {
            loginAs(role);
            TABLE.forEach((view, access) -> {
                if (access.roles() == null) {
                    return;
                }
                if (access.roles().contains(role)) {
                    UI.getCurrent().navigate(access.location());
                    assertThat(currentView(Component.class))
                            .as("%s as %s", view.getSimpleName(), role)
                            .isInstanceOf(view);
                } else {
                    assertThatThrownBy(() -> UI.getCurrent().navigate(access.location()))
                            .as("%s as %s", view.getSimpleName(), role)
                            .isInstanceOf(MockAccessDeniedException.class);
                }
            });
        }
    }

    @Test
    void anonymousUsersLandOnLogin() {
        TABLE.forEach((view, access) -> {
            UI.getCurrent().navigate(access.location());
            assertThat(currentView(Component.class)).as(view.getSimpleName()).isInstanceOf(LoginView.class);
        });
    }

    @Test
    void aLoggedInUserOpeningLoginGoesToTheStartPage() {
        loginAs(AppRoles.SALES);
        UI.getCurrent().navigate("login");
        assertThat(currentView(Component.class)).isInstanceOf(StartView.class);
    }

    private record Access(String location, Set<String> roles) {}
}

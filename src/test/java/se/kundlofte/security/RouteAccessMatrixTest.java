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
 * Role × route: every {@code @Route} of the app is in this one table with the permission it
 * needs; each role either reaches the view (when {@link Permission#rolesWith} names it) or is
 * denied, and anonymous users land on login. A new view that is not added here fails
 * {@link #theTableListsEveryRoute()}. Package-private views are named by class name.
 */
class RouteAccessMatrixTest extends KaribuTest {

    /** Route class → (a location that opens it, permission it needs; null = anonymous allowed). */
    private static final Map<Class<? extends Component>, Access> TABLE = Map.ofEntries(
            Map.entry(LoginView.class, new Access("login", null)),
            Map.entry(StartView.class, new Access("", Permission.PORTAL_USE)),
            Map.entry(named("se.kundlofte.user.ui.UserAdminView"), new Access("admin/users", Permission.USER_ADMIN)),
            Map.entry(
                    named("se.kundlofte.customer.ui.CustomerListView"),
                    new Access("customers", Permission.CUSTOMER_READ)),
            Map.entry(
                    named("se.kundlofte.customer.ui.CustomerView"),
                    new Access("customers/1", Permission.CUSTOMER_READ)),
            Map.entry(
                    named("se.kundlofte.customer.ui.CustomerImportView"),
                    new Access("customers/import", Permission.CUSTOMER_EDIT)),
            Map.entry(IndustryAdminView.class, new Access("admin/industries", Permission.INDUSTRY_ADMIN)),
            Map.entry(
                    named("se.kundlofte.requirement.ui.RequirementBoardView"),
                    new Access("board", Permission.REQUIREMENT_READ)),
            Map.entry(
                    named("se.kundlofte.requirement.ui.RequirementView"),
                    new Access("requirements/1", Permission.REQUIREMENT_READ)),
            Map.entry(named("se.kundlofte.demand.ui.DemandEntryView"), new Access("demand/new", Permission.DEMAND_LOG)),
            Map.entry(
                    named("se.kundlofte.demand.ui.DemandTriageView"),
                    new Access("demand/triage", Permission.DEMAND_LOG)),
            Map.entry(named("se.kundlofte.demand.ui.DemandAnalysisView"), new Access("demand", Permission.DEMAND_READ)),
            Map.entry(DemandReferenceView.class, new Access("admin/demand", Permission.DEMAND_REFERENCE_ADMIN)),
            Map.entry(named("se.kundlofte.audit.ui.AuditLogView"), new Access("admin/audit", Permission.AUDIT_READ)),
            Map.entry(
                    named("se.kundlofte.satisfaction.ui.SatisfactionView"),
                    new Access("satisfaction", Permission.SATISFACTION_READ)),
            Map.entry(
                    named("se.kundlofte.satisfaction.ui.FollowUpsView"),
                    new Access("satisfaction/follow-ups", Permission.SATISFACTION_READ)),
            // a survey response in the audit log: forwarded to its customer's page
            Map.entry(
                    named("se.kundlofte.satisfaction.ui.SatisfactionAuditTarget"),
                    new Access(
                            "satisfaction/audit/response/1",
                            Permission.SATISFACTION_READ,
                            named("se.kundlofte.customer.ui.CustomerView"))),
            Map.entry(
                    named("se.kundlofte.satisfaction.ui.SurveyImportView"),
                    new Access("satisfaction/import", Permission.SATISFACTION_RECORD)),
            Map.entry(
                    named("se.kundlofte.promise.ui.PromiseListView"), new Access("promises", Permission.PROMISE_READ)),
            Map.entry(named("se.kundlofte.promise.ui.PromiseView"), new Access("promises/1", Permission.PROMISE_READ)),
            Map.entry(
                    named("se.kundlofte.promise.ui.PromiseReviewsView"),
                    new Access("promises/reviews", Permission.PROMISE_READ)),
            // journey map
            Map.entry(
                    named("se.kundlofte.journey.ui.JourneyListView"), new Access("journeys", Permission.JOURNEY_READ)),
            Map.entry(
                    named("se.kundlofte.journey.ui.JourneyMapView"),
                    new Access("journeys/1", Permission.JOURNEY_READ)));

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
                if (access.permission() == null) {
                    return;
                }
                if (Permission.rolesWith(access.permission()).contains(role)) {
                    UI.getCurrent().navigate(access.location());
                    assertThat(currentView(Component.class))
                            .as("%s as %s", view.getSimpleName(), role)
                            .isInstanceOf(access.landsOn() == null ? view : access.landsOn());
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

    /** Where a role that may open the view lands: the view itself, or where it forwards to. */
    private record Access(String location, String permission, Class<? extends Component> landsOn) {
        Access(String location, String permission) {
            this(location, permission, null);
        }
    }
}

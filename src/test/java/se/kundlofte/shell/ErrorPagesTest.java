package se.kundlofte.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.AppRoutes;
import se.kundlofte.test.KaribuTest;

/** The portal's own "page not found" and "not allowed" pages, inside the frame, in both languages. */
class ErrorPagesTest extends KaribuTest {

    private static final Routes ROUTES = AppRoutes.discover();

    static {
        // The test doubles that throw instead of showing a page give way to the portal's pages.
        ROUTES.getErrorRoutes().removeIf(view -> !view.getPackageName().startsWith("se.kundlofte"));
        ROUTES.getErrorRoutes().add(PageNotFound.class);
        ROUTES.getErrorRoutes().add(PageNotAllowed.class);
    }

    @Override
    protected Routes routes() {
        return ROUTES;
    }

    @Test
    void aRequirementThatDoesNotExistShowsTheNotFoundPageInTheFrame() {
        loginAs(AppRoles.SALES);
        UI.getCurrent().navigate("requirements/999999999");

        Main page = _get(Main.class, spec -> spec.withId("page-not-found"));
        assertThat(_get(page, H2.class).getText()).isEqualTo("Page not found");
        assertThat(_get(MainLayout.class)).isNotNull();
        RouterLink back = _get(RouterLink.class, spec -> spec.withId("error-back"));
        assertThat(back.getText()).isEqualTo("Back to the start page");
        assertThat(back.getHref()).isEmpty();
    }

    @Test
    void anAuditLinkToAFollowUpThatIsGoneShowsTheNotFoundPage() {
        loginAs(AppRoles.ADMIN);
        UI.getCurrent().navigate("satisfaction/audit/follow-up/999999999");

        assertThat(_get(Main.class, spec -> spec.withId("page-not-found"))).isNotNull();
    }

    @Test
    void aForbiddenPageShowsTheNotAllowedPageInSwedish() {
        languageCookie(TranslationProvider.SWEDISH);
        loginAs(AppRoles.SALES);
        UI.getCurrent().navigate("admin/users");

        Main page = _get(Main.class, spec -> spec.withId("page-not-allowed"));
        assertThat(_get(page, H2.class).getText()).isEqualTo("Inte tillåtet");
        assertThat(_get(RouterLink.class, spec -> spec.withId("error-back")).getText())
                .isEqualTo("Tillbaka till startsidan");
    }
}

package se.kundlofte.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;

class StartViewTest extends KaribuTest {

    @Test
    void greetsTheUserByFirstName() {
        loginAs(AppRoles.SALES);
        assertThat(currentView(StartView.class)).isNotNull();
        assertThat(_get(H2.class, spec -> spec.withId("greeting")).getText())
                .matches("(Good morning|Hello|Good evening), Sara!");
    }

    @Test
    void showsOneCardPerRoleWithWhatTheRoleDoesHere() {
        loginAs(AppRoles.CUSTOMER_SERVICE);
        assertThat(_find(Card.class)).singleElement().satisfies(card -> {
            assertThat(card.getTitleAsText()).isEqualTo("Customer service");
            assertThat(card.getId()).contains("role-card-CUSTOMER_SERVICE");
        });
        assertThat(_find(RouterLink.class))
                .extracting(RouterLink::getHref)
                .containsExactly(
                        "customers",
                        "board",
                        "promises",
                        "journeys",
                        "demand/new",
                        "demand/triage",
                        "demand",
                        "satisfaction",
                        "satisfaction/follow-ups");
    }

    @Test
    void theAdminCardLinksToUserAdministration() {
        loginAs(AppRoles.ADMIN);
        Card card = _get(Card.class, spec -> spec.withId("role-card-ADMIN"));
        assertThat(_find(card, RouterLink.class))
                .extracting(RouterLink::getHref)
                .containsExactly(
                        "customers",
                        "board",
                        "promises",
                        "journeys",
                        "demand/new",
                        "demand/triage",
                        "demand",
                        "satisfaction",
                        "satisfaction/follow-ups",
                        "admin/users",
                        "admin/industries",
                        "admin/demand",
                        "admin/audit");
    }
}

package se.kundlofte.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.customer.CustomerRole;
import se.kundlofte.customer.NeedKind;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;

class CustomerViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long customerId(String name) {
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }

    private CustomerView open(long id) {
        UI.getCurrent().navigate("customers/" + id);
        return currentView(CustomerView.class);
    }

    private long newCustomer(String name) {
        jdbc.update(
                "insert into customer (name, segment, key_account, archived, created_at, updated_at) "
                        + "values (?, 'SMALL_BUSINESS', false, false, now(), now())",
                name);
        return customerId(name);
    }

    private static List<String> texts(Class<? extends com.vaadin.flow.component.HasText> type) {
        return _find((Class) type).stream()
                .map(c -> ((com.vaadin.flow.component.HasText) c).getText())
                .toList();
    }

    @Test
    void theCustomerPageShowsFactsAndTheSectionsOfTheFeatures() {
        loginAs(AppRoles.CUSTOMER_SERVICE);
        CustomerView page = open(customerId("Region Västra Götaland"));
        assertThat(_get(H2.class, spec -> spec.withId("customer-name")).getText())
                .isEqualTo("Region Västra Götaland");
        assertThat(page.getPageTitle()).isEqualTo("Region Västra Götaland – Kundlöfte");
        assertThat(texts(H3.class))
                .containsExactly(
                        "Stakeholders",
                        "Needs",
                        "Requirements",
                        "Promises",
                        "Contacts and failure demand",
                        "Satisfaction");
        assertThat(_find(Span.class, spec -> spec.withClasses("fact-value")))
                .extracting(Span::getText)
                .contains("Health care", "Public sector");
        // Readers get no edit buttons.
        assertThat(_find(Button.class, spec -> spec.withId("edit-customer"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("add-stakeholder"))).isEmpty();
    }

    @Test
    void stakeholdersAreGroupedByCustomerRoleWithWarningsForMissingRoles() {
        loginAs(AppRoles.SALES);
        long id = newCustomer("Rollgruppering AB");
        open(id);
        assertThat(_find(Div.class, spec -> spec.withClasses("warning")))
                .extracting(d -> d.getElement().getTextRecursively())
                .containsExactly(
                        "No decision maker is recorded: who decides for this customer?",
                        "No payer is recorded: who pays for what we deliver?");

        _click(_get(Button.class, spec -> spec.withId("add-stakeholder")));
        StakeholderDialog dialog = _get(StakeholderDialog.class);
        _setValue(dialog.name, "Greta Gran");
        _setValue(dialog.email, "inte en adress");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.roles.getErrorMessage()).isEqualTo("Choose at least one customer role.");
        assertThat(dialog.email.getErrorMessage()).isEqualTo("Enter a valid email address, like name@company.se.");

        _setValue(dialog.email, "greta@gran.se");
        _setValue(dialog.roles, EnumSet.of(CustomerRole.DECISION_MAKER, CustomerRole.PAYER));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        assertThat(_find(Div.class, spec -> spec.withClasses("warning"))).isEmpty();
        Div deciders =
                _get(Div.class, spec -> spec.withClasses("role-group").withAttribute("data-role", "DECISION_MAKER"));
        assertThat(_find(deciders, Div.class, spec -> spec.withClasses("person")))
                .hasSize(1);
        Div payers = _get(Div.class, spec -> spec.withClasses("role-group").withAttribute("data-role", "PAYER"));
        assertThat(_find(payers, Div.class, spec -> spec.withClasses("person"))).hasSize(1);
        Div users = _get(Div.class, spec -> spec.withClasses("role-group").withAttribute("data-role", "USER"));
        assertThat(_find(users, Div.class, spec -> spec.withClasses("person"))).isEmpty();
    }

    @Test
    void addANeed() {
        loginAs(AppRoles.ADMIN);
        long id = newCustomer("Behovssidan AB");
        open(id);
        _click(_get(Button.class, spec -> spec.withId("add-need")));
        NeedDialog dialog = _get(NeedDialog.class);
        _click(dialog.save);
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Fill in this field.");
        _setValue(dialog.title, "Korta väntetider");
        _setValue(dialog.kind, NeedKind.INDIRECT);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select kind from need where customer_id = ?", String.class, id))
                .isEqualTo("INDIRECT");
    }

    @Test
    void editAndArchiveFromThePage() {
        loginAs(AppRoles.SALES);
        long id = newCustomer("Redigerbar AB");
        CustomerView page = open(id);
        _click(_get(Button.class, spec -> spec.withId("edit-customer")));
        CustomerDialog dialog = _get(CustomerDialog.class);
        _setValue(dialog.name, "Redigerad AB");
        _setValue(dialog.keyAccount, true);
        _click(dialog.save);
        assertThat(page.customer().name()).isEqualTo("Redigerad AB");
        assertThat(page.customer().keyAccount()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("archive-customer")));
        assertThat(page.customer().archived()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("archive-customer")).getText())
                .isEqualTo("Restore from archive");
    }

    @Test
    void aConcurrentEditOfTheCustomerIsReported() {
        loginAs(AppRoles.SALES);
        long id = newCustomer("Konflikt Kund AB");
        open(id);
        _click(_get(Button.class, spec -> spec.withId("edit-customer")));
        CustomerDialog dialog = _get(CustomerDialog.class);
        jdbc.update("update customer set name = 'Ändrad Av Kollega AB', version = version + 1 where id = ?", id);
        _setValue(dialog.notes, "Min ändring");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.isConflictShown()).isTrue();
        assertThat(jdbc.queryForObject("select notes from customer where id = ?", String.class, id))
                .isNull();
        _click(_get(dialog, Button.class, spec -> spec.withId("conflict-reload")));
        assertThat(dialog.name.getValue()).isEqualTo("Ändrad Av Kollega AB");
    }

    @Test
    void aCustomerWithoutRequirementsSaysSoWithoutALinkToAnEmptyBoard() {
        long id = newCustomer("Utan krav AB " + System.nanoTime());
        loginAs(AppRoles.SALES);
        open(id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("customer-requirements-none"))
                        .getText())
                .isEqualTo("No requirements recorded for this customer.");
        assertThat(_find(RouterLink.class))
                .extracting(RouterLink::getText)
                .noneMatch(text -> text.startsWith("Show on the board"));
    }

    @Test
    void anUnknownCustomerShowsNotFound() {
        loginAs(AppRoles.CEO);
        assertThatThrownBy(() -> UI.getCurrent().navigate("customers/999999999"))
                .hasMessageContaining("The customer does not exist.");
    }
}

package se.kundlofte.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerForm;
import se.kundlofte.customer.CustomerRole;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.NeedForm;
import se.kundlofte.customer.NeedKind;
import se.kundlofte.customer.NeedService;
import se.kundlofte.customer.Segment;
import se.kundlofte.customer.StakeholderForm;
import se.kundlofte.customer.StakeholderService;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;
import se.kundlofte.test.RunAs;

/** Script and markup typed into free-text fields come back as text, never as HTML. */
class UserTextIsTextTest extends KaribuTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Autowired
    CustomerService customers;

    @Autowired
    StakeholderService stakeholders;

    @Autowired
    NeedService needs;

    @Autowired
    UserDetailsService users;

    @Test
    void payloadsOnTheCustomerPageAreShownAsText() {
        String name = SCRIPT + " " + System.nanoTime();
        CustomerDetails customer = RunAs.user(
                users,
                "sales",
                () -> customers.create(new CustomerForm(name, null, null, Segment.SMALL_BUSINESS, false, null, IMAGE)));
        RunAs.user(
                users,
                "sales",
                () -> stakeholders.create(
                        customer.id(),
                        new StakeholderForm(IMAGE, SCRIPT, null, null, EnumSet.of(CustomerRole.PAYER), false)));
        RunAs.user(users, "sales", () -> needs.create(customer.id(), new NeedForm(SCRIPT, IMAGE, NeedKind.DIRECT)));

        loginAs(AppRoles.CEO);
        UI.getCurrent().navigate("customers/" + customer.id());

        assertThat(_find(H2.class)).extracting(H2::getText).contains(name);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(IMAGE);
        assertThat(_find(Span.class)).extracting(Span::getText).contains(IMAGE, SCRIPT);
        assertThat(_find(Html.class)).isEmpty();
        // Text is set as a text node: the payload never becomes elements.
        var heading = _find(H2.class).stream()
                .filter(h -> h.getText().equals(name))
                .findFirst()
                .orElseThrow()
                .getElement();
        assertThat(heading.getChildCount()).isEqualTo(1);
        assertThat(heading.getChild(0).isTextNode()).isTrue();
        assertThat(heading.getChild(0).getText()).isEqualTo(name);
    }

    @Test
    void theCodeNeverRendersHtmlFromStrings() throws Exception {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = java.nio.file.Files.readString(file);
                assertThat(code)
                        .as(file.toString())
                        .doesNotContain("new Html(", "setInnerHtml", "innerHTML", "setProperty(\"innerHTML\"");
            }
        }
    }
}

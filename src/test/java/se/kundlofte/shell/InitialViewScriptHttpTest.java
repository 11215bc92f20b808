package se.kundlofte.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerForm;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.Segment;
import se.kundlofte.test.DemoUsers;
import se.kundlofte.test.HttpSession;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

/**
 * The page comes with its view (eager server load), and user text in that view stays inside
 * Vaadin's script: the raw page a browser parses has no markup a customer's name brought.
 */
@IntegrationTest
class InitialViewScriptHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService users;

    @Autowired
    CustomerService customers;

    @Test
    void aCustomerNamedWithScriptIsTextInThePageThatOpensIt() throws Exception {
        String name = "XSS </script><script data-xss>window.kundlofteXss=1</script> " + System.nanoTime();
        CustomerDetails customer = RunAs.user(
                users,
                "sales",
                () -> customers.create(new CustomerForm(name, null, null, Segment.SMALL_BUSINESS, false, null, null)));
        HttpSession browser = new HttpSession(port);
        browser.login("sales", DemoUsers.PASSWORD);

        HttpResponse<String> page = browser.get("/customers/" + customer.id());

        assertThat(page.statusCode()).isEqualTo(200);
        // The view came with the page, the name in it...
        assertThat(page.body())
                .contains(InitialViewScript.INITIAL_VIEW, "\\u003cscript data-xss>window.kundlofteXss=1");
        // ...and nothing of it ends Vaadin's script or starts one of its own.
        assertThat(page.body()).doesNotContain("<script data-xss>", "</script><script data-xss>");
    }
}

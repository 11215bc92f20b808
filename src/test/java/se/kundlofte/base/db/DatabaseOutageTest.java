package se.kundlofte.base.db;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.base.ui.DatabaseUnavailable;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;
import se.kundlofte.test.RunAs;
import se.kundlofte.test.Views;

/**
 * Stops the embedded MariaDB under the running portal: pages and actions say "temporarily
 * unavailable" (no stack trace, within the pool's connection timeout), health reports the
 * outage, and everything works again by itself once the database is back.
 */
class DatabaseOutageTest extends KaribuTest {

    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    @Test
    void usersAreToldWhileTheDatabaseIsDownAndItRecoversByItself() throws Exception {
        EmbeddedMariaDb server = embedded.getIfAvailable();
        Assumptions.assumeTrue(server != null, "needs the embedded server: an external one is not stopped by tests");
        loginAs(AppRoles.SALES);
        long customerId = RunAs.user(
                        users,
                        "sales",
                        () -> customers.list(
                                se.kundlofte.customer.CustomerFilter.all(),
                                org.springframework.data.domain.PageRequest.of(0, 1)))
                .getFirst()
                .id();
        assertThat(health()).isEqualTo(200);

        server.stop();
        try {
            long started = System.nanoTime();
            UI.getCurrent().navigate("customers/" + customerId);
            long waitedMs = (System.nanoTime() - started) / 1_000_000;
            assertThat(_get(H1.class).getText()).isEqualTo("Temporarily unavailable");
            assertThat(_get(Paragraph.class).getText())
                    .isEqualTo("The service is temporarily unavailable. Try again in a moment.");
            assertThat(UI.getCurrent().getChildren().findFirst().orElseThrow())
                    .isInstanceOf(DatabaseUnavailable.NoTransaction.class);
            assertThat(waitedMs).as("bounded by the pool's connection timeout").isLessThan(15_000);

            // An action in an open page: the session's error handler turns it into a message.
            Exception failure = org.assertj.core.api.Assertions.catchException(
                    () -> RunAs.user(users, "sales", () -> customers.get(customerId)));
            assertThat(failure).isNotNull();
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
            assertThat(NotificationsKt.getNotifications())
                    .extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                    .contains("The service is temporarily unavailable. Try again in a moment.");

            assertThat(health()).isEqualTo(503);
        } finally {
            server.restart();
        }

        // Back without restarting the portal: the pool reconnects on its own.
        assertThat(RunAs.user(users, "sales", () -> customers.get(customerId)).id())
                .isEqualTo(customerId);
        UI.getCurrent().navigate("customers/" + customerId);
        assertThat(UI.getCurrent().getChildren().findFirst().orElseThrow()).isNotInstanceOf(DatabaseUnavailable.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        Views.named("se.kundlofte.customer.ui.CustomerView")))
                .hasSize(1);
        assertThat(health()).isEqualTo(200);
    }

    private int health() throws Exception {
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(20))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }
}

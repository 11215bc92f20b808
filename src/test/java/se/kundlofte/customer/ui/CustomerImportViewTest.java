package se.kundlofte.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.customer.OrgNumber;
import se.kundlofte.security.AppRoles;
import se.kundlofte.test.KaribuTest;

class CustomerImportViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private static int sequence = 500;

    private static byte[] file() {
        String org =
                OrgNumber.normalize(withCheck("556" + (100000 + sequence++))).orElseThrow();
        return ("namn;organisationsnummer;bransch;intressent;kundroller\n" + "Importvyn AB " + sequence + ";" + org
                        + ";Handel;Kim Kund;brukare\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String withCheck(String nine) {
        for (int d = 0; d <= 9; d++) {
            if (OrgNumber.normalize(nine + d).isPresent()) {
                return nine + d;
            }
        }
        throw new IllegalStateException();
    }

    @Test
    void aValidFileIsPreviewedThenImported() {
        loginAs(AppRoles.SALES);
        CustomerImportView view = navigate(CustomerImportView.class);
        byte[] file = file();
        view.received(file);

        assertThat(view.summary.getElement().getTextRecursively())
                .isEqualTo("1 rows are valid: 1 new customers, 0 updated, 1 stakeholders.");
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(GridKt._get(view.customers, 0).existingId()).isNull();
        assertThat(view.importButton.isEnabled()).isTrue();
        long before = jdbc.queryForObject("select count(*) from customer", Long.class);
        _click(view.importButton);
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class))
                .isEqualTo(before + 1);
        assertThat(currentView(CustomerListView.class)).isNotNull();

        // The same file again updates instead of duplicating.
        CustomerImportView again = navigate(CustomerImportView.class);
        again.received(file);
        assertThat(again.summary.getElement().getTextRecursively())
                .isEqualTo("1 rows are valid: 0 new customers, 1 updated, 1 stakeholders.");
        _click(again.importButton);
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class))
                .isEqualTo(before + 1);
    }

    @Test
    void aFileWithErrorsShowsTheReportAndCannotBeImported() {
        loginAs(AppRoles.ADMIN);
        CustomerImportView view = navigate(CustomerImportView.class);
        view.received("namn;organisationsnummer\n;556074-3089\nFel AB;123\n".getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getElement().getTextRecursively())
                .isEqualTo("The file has 2 problems. Correct them and upload it again; nothing has been imported.");
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(GridKt._size(view.errors)).isEqualTo(2);
        assertThat(GridKt._get(view.errors, 0).line()).isEqualTo(2);
        assertThat(GridKt._get(view.errors, 1).column()).isEqualTo("organisationsnummer");
        assertThat(view.importButton.isEnabled()).isFalse();
    }
}

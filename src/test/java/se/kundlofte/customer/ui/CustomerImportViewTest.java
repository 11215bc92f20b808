package se.kundlofte.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.combobox.ComboBox;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kundlofte.base.imports.ColumnMapping;
import se.kundlofte.base.imports.ImportProblem;
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

    private static String org() {
        return OrgNumber.normalize(withCheck("556" + (100000 + sequence++))).orElseThrow();
    }

    @Test
    void salesMapsForeignColumnsAcceptsSuggestionsAndImports() {
        loginAs(AppRoles.SALES);
        CustomerImportView view = navigate(CustomerImportView.class);
        assertThat(view.mappingStep.isVisible()).isFalse();
        assertThat(view.createIndustries.isVisible()).isFalse();
        String name = "Omsorgsbolaget Vy " + sequence;
        byte[] file = ("Kund;Org.nr;Bransch;Segment;Kontaktperson;Roll;Internt id\r\n" + name + ";" + org()
                        + ";Vård;Privat;Åsa Öberg;Beslutsfattare;X-17\r\n")
                .getBytes(Charset.forName("windows-1252"));
        view.received(file);

        // The mapping step: one labelled combo box per column, the unknown one waiting for a decision.
        assertThat(view.mappingStep.isVisible()).isTrue();
        List<ComboBox<String>> columns = view.mapping.columns();
        assertThat(columns)
                .extracting(ComboBox::getLabel)
                .containsExactly("Kund", "Org.nr", "Bransch", "Segment", "Kontaktperson", "Roll", "Internt id");
        assertThat(columns)
                .extracting(ComboBox::getValue)
                .containsExactly(
                        "NAME", "ORG_NUMBER", "INDUSTRY", "SEGMENT", "STAKEHOLDER_NAME", "STAKEHOLDER_ROLES", null);
        assertThat(columns.get(0).getItemLabelGenerator().apply("NAME")).isEqualTo("Name");
        assertThat(columns.get(0).getHelperText()).isEqualTo("E.g. " + name);
        assertThat(columns.get(6).isInvalid()).isTrue();
        assertThat(view.errors.problems())
                .extracting(ImportProblem::column, ImportProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("Internt id", "import.error.unknownColumn"));
        assertThat(view.importButton.isEnabled()).isFalse();

        _setValue(columns.get(6), ColumnMapping.IGNORE);
        assertThat(columns.get(6).isInvalid()).isFalse();

        // The value step: each distinct value that is not exact, with its suggestion.
        assertThat(view.valuesStep.isVisible()).isTrue();
        List<ComboBox<String>> boxes = view.values.boxes();
        assertThat(boxes)
                .extracting(ComboBox::getLabel)
                .containsExactly("\"Vård\" in Bransch (1 rows)", "\"Privat\" in Segment (1 rows)");
        assertThat(boxes.get(0).getHelperText()).isEqualTo("Suggestion: Health care");
        assertThat(GridKt._size(view.errors)).isEqualTo(2);
        assertThat(view.errors.reason(GridKt._get(view.errors, 0)))
                .startsWith("No exact value. Did you mean Health care?")
                .contains("Valid values: ", "Construction", "Retail", "Education");
        assertThat(view.downloadProblems.isVisible()).isTrue();

        _click(view.values.acceptButtons().get(0));
        _setValue(view.values.boxes().get(1), "SMALL_BUSINESS");
        String healthCare = String.valueOf(
                jdbc.queryForObject("select id from industry where name_en = 'Health care'", Long.class));
        assertThat(view.values.boxes()).extracting(ComboBox::getValue).containsExactly(healthCare, "SMALL_BUSINESS");
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(view.downloadProblems.isVisible()).isFalse();
        assertThat(view.summary.getElement().getTextRecursively())
                .isEqualTo("1 rows are valid: 1 new customers, 0 updated, 1 stakeholders.");
        long before = jdbc.queryForObject("select count(*) from customer", Long.class);
        _click(view.importButton);
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class))
                .isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "select i.name_sv from customer c join industry i on i.id = c.industry_id where c.name = ?",
                        String.class,
                        name))
                .isEqualTo("Vård och omsorg");

        // Next time the same headers come with the user's mapping: the internal id stays ignored.
        CustomerImportView again = navigate(CustomerImportView.class);
        again.received(file);
        assertThat(again.mapping.columns().get(6).getValue()).isEqualTo(ColumnMapping.IGNORE);
    }

    @Test
    void aFileWithSeveralProblemsPerRowListsThemAllWithTheValidValues() {
        loginAs(AppRoles.SALES);
        CustomerImportView view = navigate(CustomerImportView.class);
        view.received(("\uFEFFCompany,Segment,Key account,Email\n" + "Trasig Rad AB,Galactic,maybe,not-an-email\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(view.summary.getElement().getTextRecursively())
                .isEqualTo("The file has 5 problems. Correct them and upload it again; nothing has been imported.");
        assertThat(GridKt._size(view.errors)).isEqualTo(5);
        assertThat(view.errors.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Segment", "import.error.unknownSegment"),
                        org.assertj.core.groups.Tuple.tuple(2, "Key account", "import.error.yesNo"),
                        org.assertj.core.groups.Tuple.tuple(2, "", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple(2, "Email", "validation.email"),
                        org.assertj.core.groups.Tuple.tuple(2, "", "stakeholder.error.roles"));
        assertThat(view.downloadProblems.isVisible()).isTrue();
        assertThat(view.errors.reason(GridKt._get(view.errors, 0)))
                .isEqualTo("Unknown segment. Valid values: Large enterprise, Mid-sized company, Small business, "
                        + "Public sector, Non-profit organisation.");
        assertThat(view.importButton.isEnabled()).isFalse();
    }

    @Test
    void anAdministratorMayCreateMissingIndustries() {
        loginAs(AppRoles.ADMIN);
        CustomerImportView view = navigate(CustomerImportView.class);
        assertThat(view.createIndustries.isVisible()).isTrue();
        String industry = "Kometfiske " + sequence++;
        view.received(("Företagsnamn;Bransch\nKometbolaget " + industry + " AB;" + industry + "\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(view.errors.problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.error.unknownIndustry");
        assertThat(view.importButton.isEnabled()).isFalse();

        _setValue(view.createIndustries, true);
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(view.summary.getElement().getTextRecursively()).contains("New industries to create: " + industry);
        assertThat(view.values.boxes().getFirst().getHelperText())
                .contains("Created as a new industry unless you choose an existing one.");
        _click(view.importButton);
        assertThat(jdbc.queryForObject("select count(*) from industry where name_sv = ?", Long.class, industry))
                .isEqualTo(1);
        assertThat(currentView(CustomerListView.class)).isNotNull();
    }

    @Test
    void otherRolesCannotOpenTheImport() {
        for (String role :
                List.of(AppRoles.PRODUCT_DEVELOPMENT, AppRoles.CUSTOMER_SERVICE, AppRoles.MARKETING, AppRoles.CEO)) {
            loginAs(role);
            assertThatThrownBy(() -> navigate(CustomerImportView.class))
                    .as(role)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }
}

package se.kundlofte.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.imports.ImportProblem;
import se.kundlofte.customer.CustomerImportService.ImportResult;
import se.kundlofte.test.IntegrationTest;

@IntegrationTest
@WithUserDetails("sales")
class CustomerImportServiceTest {

    @Autowired
    CustomerImportService importer;

    @Autowired
    CustomerExportService exporter;

    @Autowired
    CustomerService customers;

    @Autowired
    StakeholderService stakeholders;

    @Autowired
    JdbcTemplate jdbc;

    /** As Excel in a Swedish Windows saves "CSV (semikolonavgränsad)": Windows-1252, semicolons. */
    static byte[] swedishExcelFile(String orgA, String orgB) {
        String text =
                "Namn;Organisationsnummer;Bransch;Segment;Nyckelkund;Ansvarig säljare;Intressent;Titel;E-post;Telefon;Kundroller;Huvudkontakt\r\n"
                        + "Älvsbyns Snickeri AB;" + orgA
                        + ";Tillverkning;Småföretag;nej;sales;Åsa Öberg;VD;asa@alvsbyn.se;070-111 22 33;Beslutsfattare, Betalare;ja\r\n"
                        + "Älvsbyns Snickeri AB;" + orgA
                        + ";Tillverkning;Småföretag;nej;sales;Per Ström;Snickare;per@alvsbyn.se;;Utförare;nej\r\n"
                        + "Kommunförbundet Norr;" + orgB
                        + ";Offentlig sektor;Offentlig sektor;ja;sales2;Lena Holm;Upphandlare;lena@kfnorr.se;;Bedömare;ja\r\n";
        return text.getBytes(Charset.forName("windows-1252"));
    }

    @Test
    void aValidFileFromSwedishExcelPreviewsThenImports() {
        String orgA = CustomerServiceTest.freshOrgNumber();
        String orgB = CustomerServiceTest.freshOrgNumber().replace("-", "");
        byte[] file = swedishExcelFile(orgA, orgB);
        long before = jdbc.queryForObject("select count(*) from customer", Long.class);

        ImportPreview preview = importer.preview(file);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.valid()).isTrue();
        assertThat(preview.rows()).isEqualTo(3);
        assertThat(preview.newCustomers()).isEqualTo(2);
        assertThat(preview.customers().getFirst().stakeholders()).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class))
                .isEqualTo(before);

        ImportResult result = importer.importFile(file);
        assertThat(result).isEqualTo(new ImportResult(2, 0, 3, 0));
        CustomerListItem alvsbyn = customers
                .list(new CustomerFilter("Älvsbyns Snickeri", null, null, false, null, false), PageRequest.of(0, 5))
                .getFirst();
        assertThat(alvsbyn.orgNumber()).isEqualTo(orgA);
        assertThat(alvsbyn.industryEn()).isEqualTo("Manufacturing");
        assertThat(alvsbyn.ownerName()).isEqualTo("Sara Lindqvist");
        assertThat(stakeholders.forCustomer(alvsbyn.id()))
                .extracting(StakeholderItem::name, StakeholderItem::primaryContact)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Åsa Öberg", true),
                        org.assertj.core.groups.Tuple.tuple("Per Ström", false));
    }

    @Test
    void reImportingTheSameFileCreatesNoDuplicates() {
        byte[] file = swedishExcelFile(CustomerServiceTest.freshOrgNumber(), CustomerServiceTest.freshOrgNumber());
        importer.importFile(file);
        long customersAfterFirst = jdbc.queryForObject("select count(*) from customer", Long.class);
        long stakeholdersAfterFirst = jdbc.queryForObject("select count(*) from stakeholder", Long.class);

        ImportPreview again = importer.preview(file);
        assertThat(again.newCustomers()).isZero();
        assertThat(again.updatedCustomers()).isEqualTo(2);
        assertThat(importer.importFile(file)).isEqualTo(new ImportResult(0, 2, 0, 3));
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class))
                .isEqualTo(customersAfterFirst);
        assertThat(jdbc.queryForObject("select count(*) from stakeholder", Long.class))
                .isEqualTo(stakeholdersAfterFirst);
    }

    @Test
    void customersWithoutOrgNumberMatchOnName() {
        String text = "name,segment\nNamnmatchning Utan Nummer,small business\n";
        byte[] file = text.getBytes(StandardCharsets.UTF_8);
        importer.importFile(file);
        assertThat(importer.preview(file).updatedCustomers()).isEqualTo(1);
        assertThat(importer.importFile(file)).isEqualTo(new ImportResult(0, 1, 0, 0));
    }

    @Test
    void aFileWithErrorsReportsEachWithLineAndColumnAndImportsNothing() {
        String text = "\uFEFFname,org_number,industry,segment,key_account,owner,stakeholder,email,roles\n"
                + "Good Company AB,,Retail,Small business,no,sales,Kim Good,kim@good.se,user\n"
                + ",556074-3089,Retail,,,,,,\n"
                + "Bad Numbers AB,556074-3088,Mining,Galactic,maybe,ceo,,,\n"
                + "People Problems AB,,,,,,Pat,not-an-email,chief\n";
        byte[] file = text.getBytes(StandardCharsets.UTF_8);
        long before = jdbc.queryForObject("select count(*) from customer", Long.class);

        ImportPreview preview = importer.preview(file);

        assertThat(preview.valid()).isFalse();
        assertThat(preview.errors())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "name", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple(4, "org_number", "customer.error.orgNumber"),
                        // Every problem of the row, not only the first.
                        org.assertj.core.groups.Tuple.tuple(4, "industry", "import.error.unknownIndustry"),
                        org.assertj.core.groups.Tuple.tuple(4, "segment", "import.error.unknownSegment"),
                        org.assertj.core.groups.Tuple.tuple(4, "key_account", "import.error.yesNo"),
                        org.assertj.core.groups.Tuple.tuple(4, "owner", "import.error.unknownOwner"),
                        org.assertj.core.groups.Tuple.tuple(5, "email", "validation.email"),
                        org.assertj.core.groups.Tuple.tuple(5, "roles", "import.error.unknownRole"));
        assertThatThrownBy(() -> importer.importFile(file)).isInstanceOf(RuleViolationException.class);
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class))
                .isEqualTo(before);
    }

    @Test
    void unknownReferenceValuesAreReported() {
        String text =
                "namn;bransch;segment;nyckelkund;ansvarig_saljare\nFelaktiga Värden AB;Gruvdrift;Galax;kanske;ceo\n";
        ImportPreview preview = importer.preview(text.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.errors())
                .extracting(ImportProblem::column, ImportProblem::messageKey, ImportProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bransch", "import.error.unknownIndustry", "Gruvdrift"),
                        org.assertj.core.groups.Tuple.tuple("segment", "import.error.unknownSegment", "Galax"),
                        org.assertj.core.groups.Tuple.tuple("nyckelkund", "import.error.yesNo", "kanske"),
                        org.assertj.core.groups.Tuple.tuple("ansvarig_saljare", "import.error.unknownOwner", "ceo"));
    }

    @Test
    void fileLevelProblems() {
        assertThat(importer.preview(new byte[0]).errors())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.error.empty");
        assertThat(importer.preview("foo;bar\n1;2\n".getBytes(StandardCharsets.UTF_8))
                        .errors())
                .extracting(ImportProblem::messageKey)
                .contains("import.error.noNameColumn", "import.error.unknownColumn");
        assertThat(importer.preview(new byte[CustomerImportService.MAX_BYTES + 1])
                        .errors())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.error.tooLarge");
        StringBuilder many = new StringBuilder("name\n");
        for (int i = 0; i <= CustomerImportService.MAX_ROWS; i++) {
            many.append("Customer ").append(i).append('\n');
        }
        assertThat(importer.preview(many.toString().getBytes(StandardCharsets.UTF_8))
                        .errors())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.error.tooManyRows");
    }

    @Test
    void anExportedFileImportsAgainWithoutChanges() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CustomerFilter publicSector = new CustomerFilter(null, null, Segment.PUBLIC_SECTOR, false, null, false);
        int exported = exporter.export(publicSector, Locale.of("sv"), out);
        assertThat(exported).isGreaterThan(3);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFnamn;organisationsnummer;bransch;segment;nyckelkund;ansvarig_saljare\r\n");
        assertThat(csv).contains("Region Västra Götaland;");

        ImportPreview preview = importer.preview(out.toByteArray());
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.newCustomers()).isZero();
        assertThat(preview.updatedCustomers()).isEqualTo(exported);
    }
}

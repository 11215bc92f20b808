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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.base.imports.ColumnMapping;
import se.kundlofte.base.imports.ImportProblem;
import se.kundlofte.base.imports.ImportReading;
import se.kundlofte.base.imports.ValueChoices;
import se.kundlofte.base.imports.ValueQuestion;
import se.kundlofte.base.reference.ReferenceItem;
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

    @Autowired
    TranslationProvider translations;

    @Autowired
    IndustryService industries;

    private static final Locale SWEDISH = TranslationProvider.SWEDISH;
    private static final java.util.concurrent.atomic.AtomicInteger UNIQUE =
            new java.util.concurrent.atomic.AtomicInteger();

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
                .list(CustomerFilter.all().withText("Älvsbyns Snickeri"), PageRequest.of(0, 5))
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
        CustomerFilter publicSector = CustomerFilter.all().withSegment(Segment.PUBLIC_SECTOR);
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

    /** As another CRM exports to Swedish Excel: its own headers, our values in everyday words, Windows-1252. */
    static byte[] otherCrmFile(String orgA, String orgB) {
        String text = "Kund;Org.nr;Bransch;Segment;Kundansvarig;Kontaktperson;E-post;Roll;Kundnummer\r\n"
                + "Vårdbolaget Kund AB;" + orgA
                + ";Vård;Offentlig;Sara Lindqvist;Kim Ek;kim@vardbolaget.se;Betalare;K-1\r\n"
                + "Privatföretaget AB;" + orgB + ";Handel;Privat;sales;Lo Ström;lo@privat.se;Beslutare;K-2\r\n";
        return text.getBytes(Charset.forName("windows-1252"));
    }

    @Test
    void foreignHeadersAreMappedBySynonymsAndEverydayValuesBecomeSuggestions() {
        byte[] file = otherCrmFile(CustomerServiceTest.freshOrgNumber(), CustomerServiceTest.freshOrgNumber());
        CustomerImportOptions options = CustomerImportOptions.automatic(SWEDISH);

        ImportPreview automatic = importer.preview(file, options);
        assertThat(automatic.mapping().fields())
                .containsExactly(
                        "NAME",
                        "ORG_NUMBER",
                        "INDUSTRY",
                        "SEGMENT",
                        "OWNER",
                        "STAKEHOLDER_NAME",
                        "STAKEHOLDER_EMAIL",
                        "STAKEHOLDER_ROLES",
                        ColumnMapping.UNMATCHED);
        assertThat(automatic.errors())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(1, "Kundnummer", "import.error.unknownColumn"));

        // The user ignores the customer number; every value problem of every row is reported.
        options = options.withMapping(automatic.mapping().with(8, ColumnMapping.IGNORE));
        ImportPreview mapped = importer.preview(file, options);
        assertThat(mapped.errors())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey, ImportProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Bransch", ImportReading.SUGGESTION_KEY, "Vård"),
                        org.assertj.core.groups.Tuple.tuple(2, "Segment", ImportReading.SUGGESTION_KEY, "Offentlig"),
                        org.assertj.core.groups.Tuple.tuple(3, "Segment", ImportReading.SUGGESTION_KEY, "Privat"),
                        org.assertj.core.groups.Tuple.tuple(3, "Roll", ImportReading.SUGGESTION_KEY, "Beslutare"));
        ImportProblem vard = mapped.errors().getFirst();
        String message = translations.getTranslation(
                vard.messageKey(), SWEDISH, vard.args().toArray());
        assertThat(message)
                .startsWith("Inget exakt värde. Menar du Vård och omsorg?")
                .contains("Giltiga värden: ")
                .contains("Bygg och anläggning", "Handel", "Tillverkning", "Utbildning");
        assertThat(mapped.questions())
                .extracting(ValueQuestion::column, ValueQuestion::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bransch", "Vård"),
                        org.assertj.core.groups.Tuple.tuple("Segment", "Offentlig"),
                        org.assertj.core.groups.Tuple.tuple("Segment", "Privat"),
                        org.assertj.core.groups.Tuple.tuple("Roll", "Beslutare"));
        assertThat(mapped.questions().get(2).suggestions())
                .extracting(ValueQuestion.Option::label)
                .containsExactly("Storföretag", "Medelstort företag", "Småföretag");

        // Accepting the first suggestion for Vård, Offentlig and Beslutare; choosing Småföretag for Privat.
        ValueChoices choices = ValueChoices.NONE;
        for (ValueQuestion question : mapped.questions()) {
            String code = question.value().equals("Privat")
                    ? Segment.SMALL_BUSINESS.name()
                    : question.suggestions().getFirst().code();
            choices = choices.with(question.field(), question.valueKey(), code);
        }
        options = options.withValues(choices);
        ImportPreview accepted = importer.preview(file, options);
        assertThat(accepted.errors()).isEmpty();
        assertThat(importer.importFile(file, options)).isEqualTo(new ImportResult(2, 0, 2, 0));

        CustomerListItem vardbolaget = customers
                .list(CustomerFilter.all().withText("Vårdbolaget Kund"), PageRequest.of(0, 5))
                .getFirst();
        assertThat(vardbolaget.industryEn()).isEqualTo("Health care");
        assertThat(vardbolaget.segment()).isEqualTo(Segment.PUBLIC_SECTOR);
        assertThat(vardbolaget.ownerName()).isEqualTo("Sara Lindqvist");
        CustomerListItem privat = customers
                .list(CustomerFilter.all().withText("Privatföretaget"), PageRequest.of(0, 5))
                .getFirst();
        assertThat(privat.segment()).isEqualTo(Segment.SMALL_BUSINESS);
        assertThat(stakeholders.forCustomer(privat.id()).getFirst().roles())
                .containsExactly(CustomerRole.DECISION_MAKER);

        // The mapping is remembered for this user's next import: the customer number stays ignored.
        ImportPreview next = importer.preview(file, CustomerImportOptions.automatic(SWEDISH));
        assertThat(next.mapping().fields().getLast()).isEqualTo(ColumnMapping.IGNORE);
        assertThat(next.errors()).extracting(ImportProblem::messageKey).doesNotContain("import.error.unknownColumn");
    }

    @Test
    @WithUserDetails("sales2")
    void theRememberedMappingIsPerUser() {
        byte[] file = otherCrmFile(CustomerServiceTest.freshOrgNumber(), CustomerServiceTest.freshOrgNumber());
        assertThat(importer.preview(file).mapping().fields().getLast()).isEqualTo(ColumnMapping.UNMATCHED);
    }

    @Test
    void englishHeadersInUtf8WithBomAndCommas() {
        String text =
                "\uFEFFCompany name,Organization number,Industry,Customer type,Account manager,Contact person,Email,Role,Main contact\n"
                        + "Acme Hälsa Ltd," + CustomerServiceTest.freshOrgNumber()
                        + ",Health,Enterprise,Johan Berg,Åke Ödman,ake@acme.se,Payer,yes\n";
        ImportPreview preview = importer.preview(
                text.getBytes(StandardCharsets.UTF_8), CustomerImportOptions.automatic(Locale.ENGLISH));
        assertThat(preview.mapping().fields())
                .containsExactly(
                        "NAME",
                        "ORG_NUMBER",
                        "INDUSTRY",
                        "SEGMENT",
                        "OWNER",
                        "STAKEHOLDER_NAME",
                        "STAKEHOLDER_EMAIL",
                        "STAKEHOLDER_ROLES",
                        "PRIMARY_CONTACT");
        assertThat(preview.samples().get(5)).isEqualTo("Åke Ödman");
        assertThat(preview.errors())
                .extracting(ImportProblem::column, ImportProblem::messageKey, ImportProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Industry", ImportReading.SUGGESTION_KEY, "Health"));
        assertThat(preview.questions().getFirst().suggestions())
                .extracting(ValueQuestion.Option::label)
                .containsExactly("Health care");
    }

    @Test
    void everyProblemOfARowIsReportedWithTheValidValues() {
        String text =
                "Företagsnamn;Orgnr;Bransch;Segment;Nyckelkund;Säljare;Kontaktperson;E-post;Telefon;Kundroll;Huvudkontakt\n"
                        + "Många Fel AB;12345;Gruvdrift;Galax;kanske;nobody;;inte-en-adress;abc;chef, okänd;kanske\n";
        ImportPreview preview = importer.preview(
                text.getBytes(Charset.forName("windows-1252")), CustomerImportOptions.automatic(SWEDISH));
        assertThat(preview.errors())
                .extracting(ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Orgnr", "customer.error.orgNumber"),
                        org.assertj.core.groups.Tuple.tuple("Bransch", "import.error.unknownIndustry"),
                        org.assertj.core.groups.Tuple.tuple("Segment", "import.error.unknownSegment"),
                        org.assertj.core.groups.Tuple.tuple("Nyckelkund", "import.error.yesNo"),
                        org.assertj.core.groups.Tuple.tuple("Säljare", "import.error.unknownOwner"),
                        org.assertj.core.groups.Tuple.tuple("Kontaktperson", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple("E-post", "validation.email"),
                        org.assertj.core.groups.Tuple.tuple("Telefon", "validation.phone"),
                        org.assertj.core.groups.Tuple.tuple("Kundroll", ImportReading.SUGGESTION_KEY),
                        org.assertj.core.groups.Tuple.tuple("Kundroll", "import.error.unknownRole"),
                        org.assertj.core.groups.Tuple.tuple("Huvudkontakt", "import.error.yesNo"));
        ImportProblem segment = preview.errors().get(2);
        assertThat(translations.getTranslation(
                        segment.messageKey(), SWEDISH, segment.args().toArray()))
                .isEqualTo("Okänt segment. Giltiga värden: Storföretag, Medelstort företag, Småföretag, "
                        + "Offentlig sektor, Ideell organisation.");
        ImportProblem owner = preview.errors().get(4);
        assertThat(translations.getTranslation(
                        owner.messageKey(), Locale.ENGLISH, owner.args().toArray()))
                .contains("Sara Lindqvist (sales)", "Johan Berg (sales2)");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorMayCreateMissingIndustries() {
        String industry = "Asteroidbrytning " + UNIQUE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        String text = "Kund;Bransch\nGruvbolaget " + industry + " AB;" + industry + "\nVårdgivaren " + industry
                + " AB;Vård och omsorg\n";
        byte[] file = text.getBytes(StandardCharsets.UTF_8);
        assertThat(importer.preview(file, CustomerImportOptions.automatic(SWEDISH))
                        .errors())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.error.unknownIndustry");

        CustomerImportOptions creating =
                CustomerImportOptions.automatic(SWEDISH).withCreateMissingIndustries(true);
        ImportPreview preview = importer.preview(file, creating);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.newIndustries()).containsExactly(industry);
        assertThat(importer.importFile(file, creating).industriesCreated()).isEqualTo(1);
        assertThat(industries.list(false)).extracting(ReferenceItem::nameSv).contains(industry);
        CustomerListItem created = customers
                .list(CustomerFilter.all().withText("Gruvbolaget " + industry), PageRequest.of(0, 5))
                .getFirst();
        assertThat(created.industrySv()).isEqualTo(industry);
        // Importing again finds the industry: nothing more is created.
        assertThat(importer.importFile(file, creating).industriesCreated()).isZero();
    }

    @Test
    void salesMayNotCreateIndustries() {
        byte[] file = "Kund;Bransch\nNågon AB;Rymdfart\n".getBytes(StandardCharsets.UTF_8);
        CustomerImportOptions creating =
                CustomerImportOptions.automatic(SWEDISH).withCreateMissingIndustries(true);
        long before = jdbc.queryForObject("select count(*) from industry", Long.class);
        assertThatThrownBy(() -> importer.preview(file, creating)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importer.importFile(file, creating)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from industry", Long.class))
                .isEqualTo(before);
    }
}

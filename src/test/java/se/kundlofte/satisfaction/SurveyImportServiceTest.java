package se.kundlofte.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.imports.ImportProblem;
import se.kundlofte.base.imports.ValueChoices;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.Segment;
import se.kundlofte.test.IntegrationTest;

@IntegrationTest
@WithUserDetails("marketing")
class SurveyImportServiceTest {

    @Autowired
    SurveyImportService importer;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BusinessTime time;

    private static final SurveyImportOptions OPTIONS = SurveyImportOptions.automatic(Locale.ENGLISH);

    private CustomerDetails customer() {
        return SatisfactionFixtures.customerOfSales(users, customers, jdbc, "Importkund", Segment.MID_SIZE);
    }

    private long responsesOf(long customerId) {
        return jdbc.queryForObject(
                "select count(*) from survey_response where customer_id = ?", Long.class, customerId);
    }

    @Test
    void aValidFileIsImportedWithItsFollowUpsAndAgainAddsNothing() {
        CustomerDetails customer = customer();
        String run = String.valueOf(System.nanoTime());
        byte[] file = ("Typ;Betyg;Datum;Kund;Kundresa;Kommentar;Kanal;Svars-id\n"
                        + "NPS;9;2025-03-01;" + customer.name() + ";Användning;Bra;E-post;" + run + "-1\n"
                        + "NPS;4;2025-03-02;" + customer.name() + ";Use;Dåligt;Email;" + run + "-2\n"
                        + "CSAT;2;2025-03-03;" + customer.name() + ";;;;" + run + "-3\n"
                        + "CES;6;2025-03-04 10:15;" + customer.name() + ";;;;" + run + "-4\n")
                .getBytes(StandardCharsets.UTF_8);
        SurveyImportPreview preview = importer.preview(file, OPTIONS);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.mapping().fields())
                .containsExactly("TYPE", "SCORE", "DATE", "CUSTOMER", "STAGE", "COMMENT", "CHANNEL", "EXTERNAL_ID");
        assertThat(preview.responses()).hasSize(4);
        assertThat(preview.responses().getFirst().form().journeyStage()).isEqualTo("USE");
        assertThat(preview.responses().getFirst().form().channel()).isEqualTo(SurveyChannel.EMAIL);

        SurveyImportService.ImportResult result = importer.importFile(file, OPTIONS);
        assertThat(result).isEqualTo(new SurveyImportService.ImportResult(4, 0, 2));
        assertThat(responsesOf(customer.id())).isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from satisfaction_follow_up where customer_id = ?", Long.class, customer.id()))
                .isEqualTo(2);

        SurveyImportPreview again = importer.preview(file, OPTIONS);
        assertThat(again.valid()).isTrue();
        assertThat(again.responses()).isEmpty();
        assertThat(again.alreadyImported()).isEqualTo(4);
        assertThat(importer.importFile(file, OPTIONS)).isEqualTo(new SurveyImportService.ImportResult(0, 4, 0));
        assertThat(responsesOf(customer.id())).isEqualTo(4);
    }

    @Test
    void everyProblemOfEveryRowIsListedAndNothingIsSaved() {
        CustomerDetails customer = customer();
        String future = time.today().plusDays(3).toString();
        String run = String.valueOf(System.nanoTime());
        byte[] file = ("type;score;date;customer;external id\n"
                        + "NPS;11;2025-01-01;" + customer.name() + ";" + run + "-a\n"
                        + "CSAT;0;" + future + ";" + customer.name() + ";" + run + "-b\n"
                        + "CES;8;2025-01-02;Finns Inte AB " + run + ";" + run + "-c\n"
                        + "NPS;7;2025-01-03;" + customer.name() + ";" + run + "-a\n"
                        + "NPS;tio;31-31-2025;" + customer.name() + ";" + run + "-e\n"
                        + "NPS;8;2025-01-04;" + customer.name() + ";" + run + "-f\n")
                .getBytes(StandardCharsets.UTF_8);
        SurveyImportPreview preview = importer.preview(file, OPTIONS);
        assertThat(preview.valid()).isFalse();
        assertThat(preview.errors())
                .extracting(p -> p.line() + " " + p.column() + " " + p.messageKey())
                .containsExactly(
                        "2 score satisfaction.error.scale",
                        "3 score satisfaction.error.scale",
                        "3 date satisfaction.error.future",
                        "4 score satisfaction.error.scale",
                        "4 customer satisfaction.error.unknownCustomer",
                        "5 external id satisfaction.import.duplicateInFile",
                        "6 score satisfaction.import.notANumber",
                        "6 date satisfaction.import.notADate");
        ImportProblem scale = preview.errors().getFirst();
        assertThat(scale.args()).containsExactly("NPS", 0, 10);
        assertThatThrownBy(() -> importer.importFile(file, OPTIONS)).isInstanceOf(RuleViolationException.class);
        assertThat(responsesOf(customer.id())).isZero();
    }

    @Test
    void aWrongScaleTypeNameIsMatchedAfterTheUserAcceptsIt() {
        CustomerDetails customer = customer();
        byte[] file = ("Mått;Betyg;Datum;Kund\nNet promoter;10;2025-02-01;" + customer.name() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        SurveyImportPreview preview = importer.preview(file, OPTIONS);
        assertThat(preview.valid()).isFalse();
        assertThat(preview.questions()).hasSize(1);
        assertThat(preview.questions().getFirst().suggestions())
                .extracting(o -> o.code())
                .contains("NPS");
        SurveyImportOptions accepted = OPTIONS.withValues(
                ValueChoices.NONE.with("TYPE", preview.questions().getFirst().valueKey(), "NPS"));
        assertThat(importer.preview(file, accepted).valid()).isTrue();
        assertThat(importer.importFile(file, accepted).added()).isEqualTo(1);
    }

    @Test
    void aFileWithoutTheRequiredColumnsSaysWhichAreMissing() {
        byte[] file = "kommentar\nBra\n".getBytes(StandardCharsets.UTF_8);
        assertThat(importer.preview(file, OPTIONS).errors())
                .extracting(ImportProblem::messageKey)
                .containsOnly("satisfaction.import.missingColumn")
                .hasSize(4);
    }
}

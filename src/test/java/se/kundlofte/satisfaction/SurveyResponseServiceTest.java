package se.kundlofte.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.Segment;
import se.kundlofte.test.IntegrationTest;

@IntegrationTest
@WithUserDetails("marketing")
class SurveyResponseServiceTest {

    @Autowired
    SurveyResponseService responses;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BusinessTime time;

    private CustomerDetails customer() {
        return SatisfactionFixtures.customerOfSales(users, customers, jdbc, "Enkätkund", Segment.MID_SIZE);
    }

    private long followUps(long customerId) {
        return jdbc.queryForObject(
                "select count(*) from satisfaction_follow_up where customer_id = ?", Long.class, customerId);
    }

    @Test
    void anNpsDetractorOpensAFollowUpForTheCustomersOwnerInTheSameTransaction() {
        CustomerDetails customer = customer();
        ResponseItem saved = responses.record(SurveyResponseForm.of(SurveyType.NPS, 3, time.today(), customer.id())
                .withComment("  Leveransen kom en vecka sent.  ")
                .withJourneyStage("DELIVERY_INSTALLATION")
                .withChannel(SurveyChannel.EMAIL)
                .withExternalId("svc-" + System.nanoTime()));
        assertThat(saved.comment()).isEqualTo("Leveransen kom en vecka sent.");
        assertThat(saved.customerName()).isEqualTo(customer.name());
        var row = jdbc.queryForMap(
                "select owner_id, due_on, closed_at from satisfaction_follow_up where response_id = ?", saved.id());
        assertThat(row.get("owner_id")).isEqualTo(SatisfactionFixtures.userId(jdbc, "sales"));
        assertThat(row.get("due_on"))
                .isEqualTo(java.sql.Date.valueOf(time.today().plusDays(5)));
        assertThat(row.get("closed_at")).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where subject_type = 'SURVEY_RESPONSE' and subject_id = ?",
                        Long.class,
                        saved.id()))
                .isPositive();
    }

    @Test
    void onlyDetractorsAndCsatOneOrTwoGetAFollowUp() {
        CustomerDetails customer = customer();
        responses.record(SurveyResponseForm.of(SurveyType.NPS, 7, time.today(), customer.id()));
        responses.record(SurveyResponseForm.of(SurveyType.NPS, 10, time.today(), customer.id()));
        responses.record(SurveyResponseForm.of(SurveyType.CSAT, 3, time.today(), customer.id()));
        responses.record(SurveyResponseForm.of(SurveyType.CES, 1, time.today(), customer.id()));
        assertThat(followUps(customer.id())).isZero();
        responses.record(SurveyResponseForm.of(SurveyType.CSAT, 2, time.today(), customer.id()));
        responses.record(SurveyResponseForm.of(SurveyType.NPS, 6, time.today(), customer.id()));
        assertThat(followUps(customer.id())).isEqualTo(2);
    }

    @Test
    void aScoreOutsideTheScaleAFutureDateAndAnUnknownCustomerAreRefusedAtTheirFields() {
        long before = jdbc.queryForObject("select count(*) from survey_response", Long.class);
        assertThatThrownBy(() -> responses.record(
                        SurveyResponseForm.of(SurveyType.NPS, 11, time.today().plusDays(1), -5L)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field() + ":" + error.messageKey() + error.args())
                        .containsExactlyInAnyOrder(
                                "score:satisfaction.error.scale[NPS, 0, 10]",
                                "answeredOn:satisfaction.error.future[]",
                                "customer:satisfaction.error.unknownCustomer[]"));
        CustomerDetails customer = customer();
        assertThatThrownBy(
                        () -> responses.record(SurveyResponseForm.of(SurveyType.CSAT, 0, time.today(), customer.id())))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field() + ":" + error.args())
                        .containsExactly("score:[CSAT, 1, 5]"));
        assertThatThrownBy(
                        () -> responses.record(SurveyResponseForm.of(SurveyType.CES, 8, time.today(), customer.id())))
                .isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> responses.record(SurveyResponseForm.of(null, null, null, null)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field())
                        .containsExactlyInAnyOrder("type", "score", "answeredOn", "customer"));
        assertThat(jdbc.queryForObject("select count(*) from survey_response", Long.class))
                .isEqualTo(before);
        assertThat(followUps(customer.id())).isZero();
    }

    @Test
    void anExternalIdIsStoredOnce() {
        CustomerDetails customer = customer();
        String external = "ext-" + System.nanoTime();
        responses.record(SurveyResponseForm.of(SurveyType.CSAT, 1, time.today(), customer.id())
                .withExternalId(external));
        assertThatThrownBy(() -> responses.record(SurveyResponseForm.of(SurveyType.CSAT, 1, time.today(), customer.id())
                        .withExternalId(external)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field() + ":" + error.messageKey())
                        .containsExactly("externalId:satisfaction.error.duplicateExternalId"));
        assertThat(followUps(customer.id())).isEqualTo(1);
    }

    @Test
    void aStakeholderOfAnotherCustomerIsRefused() {
        CustomerDetails customer = customer();
        Long someoneElse = jdbc.queryForObject("select min(id) from stakeholder", Long.class);
        assertThatThrownBy(() -> responses.record(
                        SurveyResponseForm.of(SurveyType.NPS, 9, LocalDate.of(2024, 1, 5), customer.id())
                                .withStakeholder(someoneElse)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field())
                        .containsExactly("stakeholder"));
    }
}

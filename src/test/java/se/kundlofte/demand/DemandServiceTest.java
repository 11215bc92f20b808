package se.kundlofte.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.test.IntegrationTest;
import se.kundlofte.test.RunAs;

@IntegrationTest
@WithUserDetails("service")
class DemandServiceTest {

    @Autowired
    DemandService demands;

    @Autowired
    DemandReferenceService references;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private DemandForm form(String words, DemandKind kind, Long cause) {
        return DemandForm.of(references.channels(false).getFirst().id(), words)
                .withKind(kind)
                .withCause(cause)
                .withJourneyStage("USE")
                .withResolvedFirstContact(true);
    }

    @Test
    void aContactIsLoggedInTheCustomersWordsAndShowsInMyRecentContacts() {
        DemandItem logged = demands.log(form(
                "  Var är min leverans?  ",
                DemandKind.FAILURE,
                references.causes(false).getFirst().id()));
        assertThat(logged.words()).isEqualTo("Var är min leverans?");
        assertThat(logged.kind()).isEqualTo(DemandKind.FAILURE);
        assertThat(logged.causeEn()).isEqualTo("Not done / chasing progress");
        assertThat(demands.myRecent(5)).extracting(DemandItem::id).first().isEqualTo(logged.id());
    }

    @Test
    void anAdminAddsACauseAtTheEndAndATakenNameIsRefused() {
        String unique = "Orsak " + System.nanoTime();
        ReferenceItem added = RunAs.user(
                users, "admin", () -> references.add(DemandReferenceService.Kind.CAUSE, unique, "Cause " + unique));
        assertThat(added.code()).startsWith("CUSTOM_");
        assertThat(references.causes(false).getLast().id()).isEqualTo(added.id());
        assertThatThrownBy(() -> RunAs.user(
                        users,
                        "admin",
                        () -> references.add(DemandReferenceService.Kind.CHANNEL, "Telefon", "Phone " + unique)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field() + ":" + error.messageKey())
                        .containsExactly("nameSv:demand.reference.error.taken"));
    }

    @Test
    void withoutWordsNothingIsSaved() {
        long before = jdbc.queryForObject("select count(*) from demand", Long.class);
        assertThatThrownBy(() -> demands.log(DemandForm.of(null, " ").withKind(DemandKind.VALUE)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(error -> error.field() + ":" + error.messageKey())
                        .containsExactlyInAnyOrder("channel:validation.choose", "words:demand.error.words"));
        assertThat(jdbc.queryForObject("select count(*) from demand", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aValueContactCarriesNoCause() {
        DemandItem logged = demands.log(form(
                "Jag vill beställa mer",
                DemandKind.VALUE,
                references.causes(false).getFirst().id()));
        assertThat(logged.causeId()).isNull();
    }

    @Test
    void ownEntriesCanBeCorrectedAndUndoneForADay() {
        DemandItem logged = demands.log(form("Felskrivet", DemandKind.UNCLASSIFIED, null));
        DemandItem corrected = demands.correct(logged.id(), logged.version(), form("Rättat", DemandKind.VALUE, null));
        assertThat(corrected.words()).isEqualTo("Rättat");
        demands.undo(corrected.id(), corrected.version());
        assertThat(jdbc.queryForObject("select count(*) from demand where id = ?", Integer.class, logged.id()))
                .isZero();

        DemandItem old = demands.log(form("Gammal", DemandKind.VALUE, null));
        jdbc.update("update demand set logged_at = now() - interval 25 hour where id = ?", old.id());
        assertThatThrownBy(() -> demands.undo(old.id(), old.version()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("demand.error.tooOld"));
    }

    @Test
    void someoneElsesEntryCannotBeUndone() {
        DemandItem mine = demands.log(form("Min kontakt", DemandKind.VALUE, null));
        // Administrators may undo anyone's entry.
        assertThatCode(() -> RunAs.user(users, "admin", () -> demands.undo(mine.id(), mine.version())))
                .doesNotThrowAnyException();
        DemandItem another = demands.log(form("Annan kontakt", DemandKind.VALUE, null));
        jdbc.update(
                "update demand set logged_by = (select id from app_user where username = 'admin') where id = ?",
                another.id());
        assertThatThrownBy(() -> demands.undo(another.id(), another.version()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("demand.error.notYours"));
    }

    /** The daily summaries the analysis reads are kept equal to the contacts by database triggers. */
    @Test
    void theSummariesAlwaysMatchTheContacts() {
        DemandItem logged = demands.log(form("Sammanfattning", DemandKind.UNCLASSIFIED, null));
        demands.correct(
                logged.id(),
                logged.version(),
                form(
                        "Sammanfattning",
                        DemandKind.FAILURE,
                        references.causes(false).get(2).id()));
        DemandItem gone = demands.log(form("Borttagen", DemandKind.VALUE, null));
        demands.undo(gone.id(), gone.version());
        String raw =
                "select kind, coalesce(cause_id, 0), channel_id, coalesce(journey_stage, ''), count(*) from demand "
                        + "group by kind, coalesce(cause_id, 0), channel_id, coalesce(journey_stage, '') order by 1, 2, 3, 4";
        String summary = "select kind, cause_id, channel_id, journey_stage, sum(contacts) from demand_day "
                + "group by kind, cause_id, channel_id, journey_stage having sum(contacts) > 0 order by 1, 2, 3, 4";
        org.springframework.jdbc.core.RowMapper<String> line = (rs, i) -> rs.getString(1) + "|" + rs.getLong(2) + "|"
                + rs.getLong(3) + "|" + rs.getString(4) + "|" + rs.getLong(5);
        assertThat(jdbc.query(summary, line)).isNotEmpty().isEqualTo(jdbc.query(raw, line));
        String rawCustomers = "select customer_id, kind, count(*) from demand where customer_id is not null "
                + "group by customer_id, kind order by 1, 2";
        String summaryCustomers = "select customer_id, kind, sum(contacts) from demand_customer_day "
                + "group by customer_id, kind having sum(contacts) > 0 order by 1, 2";
        org.springframework.jdbc.core.RowMapper<String> customerLine =
                (rs, i) -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getLong(3);
        assertThat(jdbc.query(summaryCustomers, customerLine)).isEqualTo(jdbc.query(rawCustomers, customerLine));
    }

    @Test
    void triageClassifiesOnlyWhatIsStillUnclassified() {
        DemandItem a = demands.log(form("Oklassad A", DemandKind.UNCLASSIFIED, null));
        DemandItem b = demands.log(form("Oklassad B", DemandKind.UNCLASSIFIED, null));
        DemandItem c = demands.log(form("Redan värde", DemandKind.VALUE, null));
        long cause = references.causes(false).get(1).id();
        int changed = demands.classify(List.of(a.id(), b.id(), c.id()), DemandKind.FAILURE, cause);
        assertThat(changed).isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select kind from demand where id in (?, ?, ?) order by id",
                        String.class,
                        a.id(),
                        b.id(),
                        c.id()))
                .containsExactly("FAILURE", "FAILURE", "VALUE");
        assertThatThrownBy(() -> demands.classify(List.of(a.id()), DemandKind.UNCLASSIFIED, null))
                .isInstanceOf(FieldValidationException.class);
    }
}

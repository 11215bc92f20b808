package se.kundlofte.requirement;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.db.BatchInsert;
import se.kundlofte.base.demo.DemoData;
import se.kundlofte.customer.CustomerFilter;
import se.kundlofte.customer.CustomerListItem;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.security.AppRoles;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserRef;

/**
 * About 150 requirements across every stage with a year of history: each walked through the
 * lifecycle with back-dated stage changes, the answers its gates need, actions (some overdue)
 * and communications.
 */
@Component
class RequirementDemoData implements DemoData {

    private static final String[][] TEMPLATES = {
        {"AGREEMENT", "Leveranstid enligt ramavtal", "Avtal §4.2"},
        {"AGREEMENT", "Svarstid på felanmälan inom fyra timmar", "Serviceavtal bilaga 2"},
        {"TERMS", "Fakturaunderlag per kostnadsställe", "Allmänna villkor punkt 9"},
        {"CUSTOMER_WEBSITE", "Leverantörskrav på kundens webbplats", "Kundens leverantörssida"},
        {"NEGOTIATION", "Utökad garanti på installationer", "Förhandlingsprotokoll"},
        {"INDUSTRY_AGREEMENT", "Branschöverenskommelse om dokumentation", "Branschavtal 2026"},
        {"STANDARD", "ISO 9001: spårbarhet i ärenden", "ISO 9001:2015 8.5.2"},
        {"LAW", "Tillgänglighetskrav på kundportalen", "Lag (2023:254) om tillgänglighet"},
        {"LAW", "GDPR: radering av kunduppgifter på begäran", "GDPR art. 17"},
        {"CUSTOMER_FEEDBACK", "Tydligare orderbekräftelse", "Kundenkät"},
        {"CUSTOMER_FEEDBACK", "Kunna se leveransstatus själv", "Kundråd"},
        {"FAILURE_DEMAND", "Kunder ringer och jagar besked om leverans", "Felefterfrågan: jagar besked"},
        {"FAILURE_DEMAND", "Felaktiga fakturor skapar samtal", "Felefterfrågan: felaktig faktura"},
        {"OBSERVATION", "Montörer saknar ritningar på plats", "Observation hos kund"},
        {"OBSERVATION", "Kunden måste själv fylla i felrapport på webben", "Observation i kundtjänst"},
    };
    private static final Stage[] FINAL = distribution();

    private final BatchInsert insert;
    private final CustomerService customers;
    private final UserDirectory users;
    private final BusinessTime time;

    RequirementDemoData(BatchInsert insert, CustomerService customers, UserDirectory users, BusinessTime time) {
        this.time = time;
        this.insert = insert;
        this.customers = customers;
        this.users = users;
    }

    /**
     * 40 identified, 20 analysed, 15 prioritised, 15 in actions, 15 communicated, 35 monitored, 10
     * rejected: within the WIP limits (25, 20, 15, 20), so that moving forward does not ask "move
     * anyway?" every time, with Actions at its limit to show what a full column looks like.
     */
    private static Stage[] distribution() {
        int[] counts = {40, 20, 15, 15, 15, 35, 10};
        List<Stage> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (int i = 0; i < counts[stage.ordinal()]; i++) {
                stages.add(stage);
            }
        }
        return stages.toArray(Stage[]::new);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        Random random = new Random(4004);
        List<CustomerListItem> all = customers.list(CustomerFilter.all(), PageRequest.of(0, 200));
        List<UserRef> developers = users.activeWithRole(AppRoles.PRODUCT_DEVELOPMENT);
        List<UserRef> sellers = users.activeWithRole(AppRoles.SALES);
        List<UserRef> owners = new ArrayList<>(developers);
        owners.addAll(sellers);
        Instant now = time.now();
        long[] rank = new long[Stage.values().length];
        for (int i = 0; i < FINAL.length; i++) {
            Stage last = FINAL[i];
            String[] template = TEMPLATES[i % TEMPLATES.length];
            CustomerListItem customer = i % 6 == 5 ? null : all.get(random.nextInt(all.size()));
            UserRef owner = owners.get(random.nextInt(owners.size()));
            UserRef developer = developers.isEmpty() ? owner : developers.get(random.nextInt(developers.size()));
            Instant created =
                    now.minus(Duration.ofDays(20 + random.nextInt(345))).minus(Duration.ofMinutes(random.nextInt(600)));
            List<Instant> entries = stageEntries(last, created, now, random);
            rank[last.ordinal()] += RequirementBoardService.RANK_GAP;
            long id = insertRequirement(
                    template, customer, owner, last, entries.getLast(), rank[last.ordinal()], created, random, i);
            history(id, created, owner, "created", null, template[1]);
            Stage previous = null;
            List<Stage> path = path(last);
            for (int s = 0; s < path.size(); s++) {
                history(
                        id,
                        entries.get(s),
                        s == 0 ? owner : developer,
                        "stage",
                        previous == null ? null : previous.name(),
                        path.get(s).name());
                previous = path.get(s);
            }
            if (last.ordinal() >= Stage.ACTIONS.ordinal() && last != Stage.REJECTED) {
                addActions(id, last, entries, developer, random);
            }
            if (last.ordinal() >= Stage.COMMUNICATED.ordinal() && last != Stage.REJECTED) {
                addCommunication(
                        id,
                        customer,
                        entries.get(Stage.COMMUNICATED.ordinal()),
                        sellers.isEmpty() ? owner : sellers.getFirst());
            }
        }
    }

    private static List<Stage> path(Stage last) {
        if (last == Stage.REJECTED) {
            return List.of(Stage.IDENTIFIED, Stage.ANALYSED, Stage.REJECTED);
        }
        return Stage.FLOW.subList(0, last.ordinal() + 1);
    }

    private static List<Instant> stageEntries(Stage last, Instant created, Instant now, Random random) {
        List<Instant> entries = new ArrayList<>();
        Instant at = created;
        for (int s = 0; s < path(last).size(); s++) {
            entries.add(at);
            at = at.plus(Duration.ofDays(3 + random.nextInt(30)));
        }
        // Work moves: the latest stage change lies within the last two months.
        Instant latest = now.minus(Duration.ofDays(1 + random.nextInt(60))).minus(Duration.ofHours(random.nextInt(20)));
        Duration shift = Duration.between(entries.getLast(), latest);
        return entries.stream().map(entry -> entry.plus(shift)).toList();
    }

    private long insertRequirement(
            String[] template,
            CustomerListItem customer,
            UserRef owner,
            Stage stage,
            Instant enteredAt,
            long rank,
            Instant created,
            Random random,
            int index) {
        boolean analysed = stage.ordinal() >= Stage.ANALYSED.ordinal();
        boolean prioritised = stage.ordinal() >= Stage.PRIORITISED.ordinal() && stage != Stage.REJECTED;
        boolean rejected = stage == Stage.REJECTED;
        boolean monitored = stage == Stage.MONITORED;
        Source source = Source.valueOf(template[0]);
        return insert.returningId(
                "insert into requirement (title, description, customer_id, industry_id, source, source_reference, formal, "
                        + "journey_stage, owner_id, due_date, stage, stage_entered_at, board_rank, critical, applies, applies_why, "
                        + "realistic, realistic_why, effort, customer_value, risk, indicator, target, next_review, rejection_reason, "
                        + "rejection_communicated, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                ps -> {
                    int p = 1;
                    ps.setString(p++, template[1]);
                    ps.setString(
                            p++,
                            "Fångat från " + template[2].toLowerCase()
                                    + ". Beskriver vad kunden förväntar sig och varför.");
                    ps.setObject(p++, customer == null ? null : customer.id());
                    ps.setObject(p++, null);
                    ps.setString(p++, source.name());
                    ps.setString(p++, template[2]);
                    ps.setBoolean(p++, source == Source.LAW || source == Source.STANDARD);
                    ps.setString(p++, JourneyPhase.values()[random.nextInt(JourneyPhase.values().length)].name());
                    ps.setLong(p++, owner.id());
                    ps.setObject(p++, LocalDate.ofInstant(created, time.zone()).plusDays(60 + random.nextInt(120)));
                    ps.setString(p++, stage.name());
                    ps.setTimestamp(p++, Timestamp.from(enteredAt));
                    ps.setLong(p++, rank);
                    ps.setBoolean(p++, prioritised && index % 17 == 0);
                    ps.setString(p++, analysed ? (rejected ? Answer.NO : Answer.YES).name() : null);
                    ps.setString(
                            p++,
                            analysed
                                    ? (rejected ? "Gäller inte vår leverans enligt avtalet." : "Ingår i vårt åtagande.")
                                    : null);
                    ps.setString(
                            p++, analysed ? (rejected || index % 4 != 0 ? Answer.YES : Answer.PARTLY).name() : null);
                    ps.setString(p++, analysed && index % 4 == 0 ? "Kräver ändring i leverantörens system." : null);
                    ps.setString(p++, prioritised ? Effort.values()[random.nextInt(4)].name() : null);
                    ps.setObject(p++, prioritised ? 1 + random.nextInt(5) : null);
                    ps.setObject(p++, prioritised ? 1 + random.nextInt(5) : null);
                    ps.setString(p++, monitored ? "Andel ärenden inom avtalad tid" : null);
                    ps.setString(p++, monitored ? "Minst 95 %" : null);
                    ps.setObject(p++, monitored ? time.today().plusDays(7 + random.nextInt(80)) : null);
                    ps.setString(
                            p++,
                            rejected
                                    ? "Kravet ligger utanför vårt uppdrag; vi hänvisar till ansvarig myndighet."
                                    : null);
                    ps.setBoolean(p++, rejected && index % 2 == 0);
                    ps.setTimestamp(p++, Timestamp.from(created));
                    ps.setTimestamp(p, Timestamp.from(enteredAt));
                });
    }

    private void history(long id, Instant at, UserRef who, String field, String oldValue, String newValue) {
        insert.row(
                "insert into requirement_history (requirement_id, changed_at, changed_by, changed_by_name, field, old_value, new_value) "
                        + "values (?,?,?,?,?,?,?)",
                id,
                Timestamp.from(at),
                who.id(),
                who.fullName(),
                field,
                oldValue,
                newValue);
    }

    private void addActions(long id, Stage last, List<Instant> entries, UserRef developer, Random random) {
        ActionType[] types = ActionType.values();
        String[] descriptions = {
            "Uppdatera rutin och checklista",
            "Utbilda kundtjänst",
            "Ny funktion i kundportalen",
            "Ändra standardmall för offert",
            "Införa kvalitetskontroll före leverans"
        };
        int count = 1 + random.nextInt(3);
        LocalDate planned = LocalDate.ofInstant(entries.get(Stage.ACTIONS.ordinal()), time.zone());
        for (int a = 0; a < count; a++) {
            boolean done = last != Stage.ACTIONS || a == 0 && random.nextBoolean();
            LocalDate due = last == Stage.ACTIONS && !done && a == count - 1 && random.nextInt(3) == 0
                    ? time.today().minusDays(1 + random.nextInt(20))
                    : planned.plusDays(14 + random.nextInt(60));
            insert.row(
                    "insert into requirement_action (requirement_id, type, description, owner_id, due_date, done, done_at) "
                            + "values (?,?,?,?,?,?,?)",
                    id,
                    types[random.nextInt(types.length)].name(),
                    descriptions[random.nextInt(descriptions.length)],
                    developer.id(),
                    due,
                    done,
                    done ? Timestamp.from(entries.getLast()) : null);
        }
    }

    private void addCommunication(long id, CustomerListItem customer, Instant at, UserRef seller) {
        insert.row(
                "insert into requirement_communication (requirement_id, recipients, channel, communicated_on, summary, recorded_by) "
                        + "values (?,?,?,?,?,?)",
                id,
                customer == null ? "Alla kunder (nyhetsbrev)" : "Beslutsfattare och brukare hos " + customer.name(),
                (customer == null ? Channel.NEWSLETTER : Channel.MEETING).name(),
                LocalDate.ofInstant(at, time.zone()),
                "Vi berättade vilka åtgärder vi har genomfört och hur vi följer upp att förväntningen uppfylls.",
                seller.id());
    }
}

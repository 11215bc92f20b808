package se.kundlofte.demand;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Stage;
import se.kundlofte.security.AppRoles;
import se.kundlofte.user.UserDirectory;

/**
 * A year of customer contacts (about 20,000) with a weekly rhythm and a failure demand ratio near
 * 45 %, which falls for the causes whose requirements reached Monitored.
 */
@Component
class DemandDemoData implements DemoData {

    private static final int YEARLY_CONTACTS = 20_000;
    private static final Map<String, Integer> CAUSE_WEIGHTS = Map.of(
            "NOT_DONE",
            25,
            "WAITING",
            15,
            "MISSING_INFO",
            14,
            "WRONG_INVOICE",
            12,
            "ERROR_CORRECTION",
            8,
            "REPEAT_CONTACT",
            10,
            "UNKNOWLEDGEABLE",
            5,
            "CUSTOMER_DOES_OUR_WORK",
            7,
            "MISSED_PROMISE",
            4);
    private static final Map<String, Integer> CHANNEL_WEIGHTS =
            Map.of("PHONE", 45, "EMAIL", 25, "CHAT", 12, "WEB_FORM", 10, "VISIT", 5, "LETTER", 3);
    private static final Map<String, String> TITLE_TO_CAUSE = Map.of(
            "Kunder ringer och jagar besked om leverans", "NOT_DONE",
            "Felaktiga fakturor skapar samtal", "WRONG_INVOICE",
            "Kunden måste själv fylla i felrapport på webben", "CUSTOMER_DOES_OUR_WORK");
    /** The columns of {@link #contact}'s rows. */
    private static final List<String> CONTACT_COLUMNS = List.of(
            "channel_id",
            "customer_id",
            "customer_words",
            "kind",
            "cause_id",
            "journey_stage",
            "resolved_first_contact",
            "logged_at",
            "logged_by",
            "updated_at");

    private static final double[] WEEKDAY = {1.3, 1.15, 1.0, 0.95, 0.8, 0.15, 0.1};

    private final BatchInsert insert;
    private final DemandQueries queries;
    private final DemandReferenceService references;
    private final CustomerService customers;
    private final UserDirectory users;
    private final RequirementService requirements;
    private final BusinessTime time;

    DemandDemoData(
            BatchInsert insert,
            DemandQueries queries,
            DemandReferenceService references,
            CustomerService customers,
            UserDirectory users,
            RequirementService requirements,
            BusinessTime time) {
        this.time = time;
        this.insert = insert;
        this.queries = queries;
        this.references = references;
        this.customers = customers;
        this.users = users;
        this.requirements = requirements;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        Random random = new Random(2002);
        Map<String, Long> causes = new HashMap<>();
        references.causes(true).forEach(c -> causes.put(c.code(), c.id()));
        Map<String, Long> channels = new HashMap<>();
        references.channels(true).forEach(c -> channels.put(c.code(), c.id()));
        List<CustomerListItem> all = customers.list(CustomerFilter.all(), PageRequest.of(0, 200));
        List<Long> agents = users.activeWithRole(AppRoles.CUSTOMER_SERVICE).stream()
                .map(u -> u.id())
                .toList();
        Map<String, Instant> fixedSince = linkImplementedCauses(causes);

        LocalDate today = time.today();
        LocalDate start = today.minusWeeks(52);
        double perDay = YEARLY_CONTACTS / (52 * 5.45);
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            double expected = perDay * WEEKDAY[day.getDayOfWeek().getValue() - 1];
            int count = (int) Math.max(0, Math.round(expected + random.nextGaussian() * Math.sqrt(expected)));
            for (int n = 0; n < count; n++) {
                Instant at = day.atTime(8 + random.nextInt(9), random.nextInt(60), random.nextInt(60))
                        .atZone(time.zone())
                        .toInstant();
                if (at.isAfter(time.now())) {
                    continue;
                }
                rows.add(contact(at, day, today, random, causes, channels, all, agents, fixedSince));
            }
        }
        insert.rows("demand", CONTACT_COLUMNS, rows);
    }

    /** Links the demo's failure-demand requirements to their causes; returns when each cause was fixed. */
    private Map<String, Instant> linkImplementedCauses(Map<String, Long> causes) {
        Map<String, Instant> fixedSince = new HashMap<>();
        for (DemandQueries.FailureDemandRequirement r : queries.failureDemandRequirements()) {
            String cause = TITLE_TO_CAUSE.get(r.title());
            if (cause == null || !causes.containsKey(cause)) {
                continue;
            }
            insert.row(
                    "insert ignore into cause_requirement (cause_id, requirement_id, linked_at) values (?, ?, now(6))",
                    causes.get(cause),
                    r.id());
            if (Stage.MONITORED.name().equals(r.stage())) {
                requirements
                        .enteredStage(r.id(), Stage.MONITORED)
                        .ifPresent(at -> fixedSince.merge(cause, at, (a, b) -> a.isBefore(b) ? a : b));
            }
        }
        return fixedSince;
    }

    private static Object[] contact(
            Instant at,
            LocalDate day,
            LocalDate today,
            Random random,
            Map<String, Long> causes,
            Map<String, Long> channels,
            List<CustomerListItem> all,
            List<Long> agents,
            Map<String, Instant> fixedSince) {
        boolean recent = day.isAfter(today.minusDays(14));
        String kind;
        String cause = null;
        if (random.nextDouble() < (recent ? 0.2 : 0.03)) {
            kind = DemandKind.UNCLASSIFIED.name();
        } else if (random.nextDouble() < 0.47) {
            cause = pick(CAUSE_WEIGHTS, random);
            Instant fixed = fixedSince.get(cause);
            // After its requirement was implemented, most of this cause's contacts no longer happen.
            if (fixed != null && at.isAfter(fixed) && random.nextDouble() < 0.65) {
                cause = null;
                kind = DemandKind.VALUE.name();
            } else {
                kind = DemandKind.FAILURE.name();
            }
        } else {
            kind = DemandKind.VALUE.name();
        }
        String words = cause != null ? DemandDemoQuotes.failure(cause, random) : DemandDemoQuotes.value(random);
        JourneyPhase stage =
                cause != null ? DemandDemoQuotes.stageOf(cause) : JourneyPhase.values()[3 + random.nextInt(5)];
        Long customer =
                random.nextDouble() < 0.7 ? all.get(random.nextInt(all.size())).id() : null;
        return new Object[] {
            channels.get(pick(CHANNEL_WEIGHTS, random)),
            customer,
            words,
            kind,
            cause == null ? null : causes.get(cause),
            random.nextDouble() < 0.9 ? stage.name() : null,
            kind.equals(DemandKind.UNCLASSIFIED.name()) ? null : random.nextDouble() < 0.7,
            Timestamp.from(at),
            agents.isEmpty() ? null : agents.get(random.nextInt(agents.size())),
            Timestamp.from(at)
        };
    }

    private static String pick(Map<String, Integer> weights, Random random) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(weights).entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException();
    }
}

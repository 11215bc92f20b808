package se.kundlofte.satisfaction;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
import se.kundlofte.demand.Breakdown;
import se.kundlofte.demand.BreakdownRow;
import se.kundlofte.demand.DemandAnalysisService;
import se.kundlofte.demand.DemandFilter;
import se.kundlofte.demand.DemandScope;
import se.kundlofte.security.AppRoles;
import se.kundlofte.user.UserDirectory;

/**
 * Two years of survey responses (about 15,000) drawn from the demo's failure demand: a customer
 * whose contacts are more often failure demand answers lower, and so does a journey stage in a
 * month where its failure demand is high, so that when a cause's requirement reached Monitored and
 * its failure demand fell, satisfaction at that stage recovers afterwards. Unhappy answers get
 * follow-ups, closed except for the last few weeks' (some of them overdue).
 */
@Component
class SatisfactionDemoData implements DemoData {

    private static final int RESPONSES = 15_000;
    private static final double[] WEEKDAY = {1.2, 1.2, 1.1, 1.0, 0.9, 0.3, 0.3};
    private static final List<String> COLUMNS = List.of(
            "survey_type",
            "score",
            "answered_on",
            "customer_id",
            "journey_stage",
            "comment",
            "survey_channel",
            "external_id",
            "recorded_at",
            "recorded_by");
    private static final List<String> FOLLOW_UP_COLUMNS = List.of(
            "response_id",
            "customer_id",
            "owner_id",
            "created_at",
            "due_on",
            "closed_at",
            "closed_by",
            "action_taken",
            "customer_contacted");
    private static final JourneyPhase[] STAGES = {
        JourneyPhase.ORDER,
        JourneyPhase.DELIVERY_INSTALLATION,
        JourneyPhase.DELIVERY_INSTALLATION,
        JourneyPhase.USE,
        JourneyPhase.USE,
        JourneyPhase.USE,
        JourneyPhase.SUPPORT_AFTER_SALES,
        JourneyPhase.SUPPORT_AFTER_SALES,
        JourneyPhase.RENEWAL_RECOMMENDATION
    };
    private static final String[] HAPPY = {
        "Snabb leverans och trevligt bemötande.",
        "Montören var noggrann och städade efter sig.",
        "Allt fungerade som utlovat.",
        "Bra att vi fick besked direkt.",
        "Kundtjänst löste det på första samtalet.",
        "Tydlig offert och inga överraskningar på fakturan.",
        "Enkelt att beställa via portalen."
    };
    private static final String[] UNHAPPY = {
        "Vi fick jaga besked om leveransen flera gånger.",
        "Fakturan var fel igen och fick skickas om.",
        "Vi fick själva fylla i felrapporten på webben.",
        "Lång väntetid i telefon.",
        "Ingen återkoppling trots löfte om att ringa tillbaka.",
        "Installationen fick göras om.",
        "Personalen kunde inte svara på våra frågor."
    };
    private static final String[] NEUTRAL = {
        "Helt okej, men leveransen kunde gått snabbare.",
        "Fungerar, men fakturan är svår att förstå.",
        "Bra produkt, sämre information om när den kommer."
    };
    private static final String[] ACTIONS = {
        "Ringde kunden, bad om ursäkt och bokade ny leveranstid.",
        "Krediterade den felaktiga fakturan och förklarade orsaken.",
        "Gick igenom ärendet med kunden och skickade skriftlig återkoppling.",
        "Bokade möte med kundens beslutsfattare för att gå igenom leveransen.",
        "Mejlade kunden; inget svar ännu, tar upp det vid nästa besök."
    };

    private final BatchInsert insert;
    private final SatisfactionQueries queries;
    private final CustomerService customers;
    private final DemandAnalysisService demand;
    private final UserDirectory users;
    private final BusinessTime time;

    SatisfactionDemoData(
            BatchInsert insert,
            SatisfactionQueries queries,
            CustomerService customers,
            DemandAnalysisService demand,
            UserDirectory users,
            BusinessTime time) {
        this.insert = insert;
        this.queries = queries;
        this.customers = customers;
        this.demand = demand;
        this.users = users;
        this.time = time;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        Random random = new Random(2015);
        LocalDate today = time.today();
        LocalDate start = today.minusYears(2).plusDays(1);
        List<CustomerListItem> all = customers.list(CustomerFilter.all(), PageRequest.of(0, 200));
        if (all.isEmpty()) {
            return;
        }
        Map<Long, Double> customerFailure = customerFailure(today);
        double meanCustomer = mean(customerFailure.values());
        Map<YearMonth, Map<String, Double>> stageFailure = stageFailure(start, today);
        double meanStage = stageFailure.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        Long recorder = users.activeWithRole(AppRoles.MARKETING).stream()
                .map(u -> u.id())
                .findFirst()
                .orElse(null);

        double perDay = RESPONSES / (730 * 0.857);
        List<Object[]> rows = new ArrayList<>();
        int external = 0;
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            double expected = perDay * WEEKDAY[day.getDayOfWeek().getValue() - 1];
            int count = (int) Math.max(0, Math.round(expected + random.nextGaussian() * Math.sqrt(expected)));
            Map<String, Double> stages = nearest(stageFailure, YearMonth.from(day));
            for (int n = 0; n < count; n++) {
                // Key accounts answer more often, as they are surveyed more.
                CustomerListItem customer = all.get(random.nextInt(all.size()));
                if (!customer.keyAccount() && random.nextDouble() < 0.3) {
                    customer = all.get(random.nextInt(all.size()));
                }
                JourneyPhase stage = STAGES[random.nextInt(STAGES.length)];
                double drag = 1.2 * capped(customerFailure.getOrDefault(customer.id(), meanCustomer) - meanCustomer)
                        + 0.7 * capped(stages.getOrDefault(stage.name(), meanStage) - meanStage);
                double p = random.nextDouble();
                SurveyType type = p < 0.5 ? SurveyType.NPS : p < 0.8 ? SurveyType.CSAT : SurveyType.CES;
                int score = score(type, drag, random);
                String comment = random.nextDouble() < 0.3 ? comment(type, score, random) : null;
                rows.add(new Object[] {
                    type.name(),
                    score,
                    Date.valueOf(day),
                    customer.id(),
                    random.nextDouble() < 0.85 ? stage.name() : null,
                    comment,
                    SurveyChannel.values()[random.nextInt(4)].name(),
                    random.nextDouble() < 0.7 ? "DEMO-" + (++external) : null,
                    Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)),
                    recorder
                });
            }
        }
        insert.rows("survey_response", COLUMNS, rows);
        followUps(all, today, random);
    }

    /** A score around a type's typical answer, lowered by the customer's and the stage's failure demand. */
    private static int score(SurveyType type, double drag, Random random) {
        double mean;
        double spread;
        switch (type) {
            case NPS -> {
                mean = 8.3 - 0.9 * drag;
                spread = 1.9;
            }
            case CSAT -> {
                mean = 4.0 - 0.45 * drag;
                spread = 0.9;
            }
            default -> {
                mean = 5.2 - 0.6 * drag;
                spread = 1.2;
            }
        }
        long value = Math.round(mean + random.nextGaussian() * spread);
        return (int) Math.max(type.min(), Math.min(type.max(), value));
    }

    /** A difference of failure demand ratios in tenths, within ±2 so that no stage or customer is all one answer. */
    private static double capped(double difference) {
        return Math.max(-2, Math.min(2, difference / 0.1));
    }

    private static String comment(SurveyType type, int score, Random random) {
        String[] pool = type.isHigh(score) ? HAPPY : type.isLow(score) ? UNHAPPY : NEUTRAL;
        return pool[random.nextInt(pool.length)];
    }

    /** Each demo customer's failure demand ratio over the last year. */
    private Map<Long, Double> customerFailure(LocalDate today) {
        Map<Long, Double> ratios = new HashMap<>();
        for (BreakdownRow row : demand.breakdown(DemandFilter.lastWeeks(52, today), Breakdown.CUSTOMER, 100)) {
            if (row.key() != null && row.ratio() != null) {
                ratios.put(Long.valueOf(row.key()), row.ratio());
            }
        }
        return ratios;
    }

    /** Per month, each stage's failure demand ratio; months before the demand log began are left out. */
    private Map<YearMonth, Map<String, Double>> stageFailure(LocalDate start, LocalDate today) {
        Map<YearMonth, Map<String, Double>> byMonth = new HashMap<>();
        for (YearMonth month = YearMonth.from(start);
                !month.isAfter(YearMonth.from(today));
                month = month.plusMonths(1)) {
            Map<String, Double> stages = new HashMap<>();
            for (BreakdownRow row : demand.failureByStage(DemandScope.between(month.atDay(1), month.atEndOfMonth()))) {
                if (row.key() != null && row.ratio() != null && row.value() + row.failure() >= 20) {
                    stages.put(row.key(), row.ratio());
                }
            }
            if (!stages.isEmpty()) {
                byMonth.put(month, stages);
            }
        }
        return byMonth;
    }

    /** The month's figures, or those of the nearest month that has any (the demand log covers one year). */
    private static Map<String, Double> nearest(Map<YearMonth, Map<String, Double>> byMonth, YearMonth month) {
        if (byMonth.containsKey(month)) {
            return byMonth.get(month);
        }
        return byMonth.entrySet().stream()
                .min(java.util.Comparator.comparingLong(e -> Math.abs(
                        e.getKey().atDay(1).toEpochDay() - month.atDay(1).toEpochDay())))
                .map(Map.Entry::getValue)
                .orElse(Map.of());
    }

    private static double mean(java.util.Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private void followUps(List<CustomerListItem> all, LocalDate today, Random random) {
        Map<Long, Long> owners = new HashMap<>();
        all.forEach(c -> owners.put(c.id(), c.ownerId()));
        List<Object[]> rows = new ArrayList<>();
        for (SatisfactionQueries.Unhappy unhappy : queries.unhappyWithoutFollowUp()) {
            Long owner = owners.get(unhappy.customerId());
            LocalDate created = unhappy.answeredOn();
            boolean open = created.isAfter(today.minusDays(8))
                    ? random.nextDouble() < 0.7
                    : created.isAfter(today.minusDays(21)) ? random.nextDouble() < 0.15 : random.nextDouble() < 0.003;
            LocalDate closedOn = created.plusDays(1 + random.nextInt(7));
            if (closedOn.isAfter(today)) {
                open = true;
            }
            rows.add(new Object[] {
                unhappy.responseId(),
                unhappy.customerId(),
                owner,
                Timestamp.from(created.atTime(13, 0).toInstant(ZoneOffset.UTC)),
                Date.valueOf(created.plusDays(5)),
                open ? null : Timestamp.from(closedOn.atTime(15, 0).toInstant(ZoneOffset.UTC)),
                open ? null : owner,
                open ? null : ACTIONS[random.nextInt(ACTIONS.length)],
                open ? null : random.nextDouble() < 0.85
            });
        }
        insert.rows("satisfaction_follow_up", FOLLOW_UP_COLUMNS, rows);
    }
}

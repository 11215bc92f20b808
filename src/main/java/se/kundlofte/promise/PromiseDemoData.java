package se.kundlofte.promise;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.db.BatchInsert;
import se.kundlofte.base.demo.DemoData;
import se.kundlofte.customer.CustomerFilter;
import se.kundlofte.customer.CustomerListItem;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.IndustryService;
import se.kundlofte.demand.DemandFilter;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.demand.DemandKind;
import se.kundlofte.demand.DemandReferenceService;
import se.kundlofte.demand.DemandService;
import se.kundlofte.security.AppRoles;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserRef;

/**
 * Eleven promises of a Swedish supplier (delivery windows, response times, installation, invoices,
 * complaints…) with a year of evidence: weekly fulfilment checks, failure contacts tagged "promise
 * broken" (through the demand log's own tagging), perceived-promise gaps, beyond-promise events
 * and one decided review of each kind beside open ones.
 */
@Component
class PromiseDemoData implements DemoData {

    /** One demo promise and how its year went. */
    private record Demo(
            String title,
            String text,
            PromiseScope scope,
            @Nullable String scopeKey,
            StatedWhere stated,
            boolean implicit,
            @Nullable String limits,
            String ownerRole,
            String stages,
            String[] answers,
            double keptShare,
            String cause,
            int taggedPerQuarter,
            boolean retired) {}

    private static final List<Demo> PROMISES = List.of(
            new Demo(
                    "Leverans inom två timmars tidsfönster",
                    "Du väljer ett tidsfönster på två timmar när du beställer. Vi levererar inom det, och ringer 30 minuter innan vi kommer.",
                    PromiseScope.ALL,
                    null,
                    StatedWhere.WEBSITE,
                    false,
                    "Gäller leveranser inom våra egna leveranszoner, vardagar 07–18. Inte vid extremt väder eller avstängda vägar.",
                    AppRoles.MARKETING,
                    "ORDER,DELIVERY_INSTALLATION",
                    new String[] {
                        "Företaget, genom kundtjänst och transportledningen.",
                        "Tidsfönstret, och att chauffören ringer innan. Kunden förutsätter också att godset är helt och att någon bär in det.",
                        "Vi lovar aldrig kortare fönster än vad ruttplaneringen klarar en dålig dag.",
                        "Våra kunder har personal som väntar på leveransen; en missad tid kostar dem en arbetsdag."
                    },
                    0.86,
                    "NOT_DONE",
                    7,
                    false),
            new Demo(
                    "Svar inom en arbetsdag",
                    "Alla frågor via e-post, webbformulär eller telefonsvarare får ett personligt svar inom en arbetsdag.",
                    PromiseScope.ALL,
                    null,
                    StatedWhere.WEBSITE,
                    false,
                    "Ett svar är inte alltid en lösning: svaret säger vad som händer och när.",
                    AppRoles.MARKETING,
                    "SUPPORT_AFTER_SALES",
                    new String[] {
                        "Kundtjänst.",
                        "Ett svar från en människa, inte ett automatiskt kvitto.",
                        "",
                        "Kunder planerar efter vårt svar."
                    },
                    0.95,
                    "WAITING",
                    2,
                    false),
            new Demo(
                    "Installation ingår",
                    "I priset ingår installation av levererad utrustning och en genomgång med den som ska använda den.",
                    PromiseScope.ALL,
                    null,
                    StatedWhere.OFFER,
                    false,
                    "Ingår inte: håltagning, elarbeten bortom befintligt uttag och bortforsling av gammal utrustning.",
                    AppRoles.SALES,
                    "DELIVERY_INSTALLATION,USE",
                    new String[] {
                        "Säljaren i offerten.",
                        "Installation och genomgång. Kunder antar ofta att bortforsling av det gamla ingår.",
                        "Begränsningarna står i offerten, inte bara i villkoren.",
                        "Kunden vill kunna använda utrustningen från första dagen."
                    },
                    0.92,
                    "CUSTOMER_DOES_OUR_WORK",
                    2,
                    false),
            new Demo(
                    "Rätt faktura första gången",
                    "Fakturan stämmer med ordern och avtalade priser. Blir det fel rättar vi inom två arbetsdagar utan att du behöver be om det två gånger.",
                    PromiseScope.ALL,
                    null,
                    StatedWhere.AGREEMENT,
                    false,
                    null,
                    AppRoles.SALES,
                    "ORDER,SUPPORT_AFTER_SALES",
                    new String[] {
                        "Ekonomiavdelningen och säljaren.", "Priser enligt avtal, rätt referens och rätt moms.", "", ""
                    },
                    0.72,
                    "WRONG_INVOICE",
                    14,
                    false),
            new Demo(
                    "Reklamationer besvaras inom fem arbetsdagar",
                    "En reklamation får ett beslut inom fem arbetsdagar. Godkänner vi den ersätter eller reparerar vi utan extra kostnad.",
                    PromiseScope.ALL,
                    null,
                    StatedWhere.AGREEMENT,
                    false,
                    "Gäller fel som anmäls inom garantitiden.",
                    AppRoles.MARKETING,
                    "SUPPORT_AFTER_SALES",
                    new String[] {
                        "Kvalitetsansvarig.",
                        "Ett beslut, inte bara ett kvitto.",
                        "",
                        "Ett fel hos oss blir kundens problem tills vi beslutat."
                    },
                    0.97,
                    "ERROR_CORRECTION",
                    1,
                    false),
            new Demo(
                    "Jour dygnet runt för avtalskunder",
                    "Storkunder med serviceavtal når en tekniker dygnet runt, och vi är på plats inom fyra timmar vid driftstopp.",
                    PromiseScope.SEGMENT,
                    "ENTERPRISE",
                    StatedWhere.AGREEMENT,
                    false,
                    "Gäller driftstopp, inte planerade ändringar.",
                    AppRoles.SALES,
                    "USE,SUPPORT_AFTER_SALES",
                    new String[] {
                        "Serviceavdelningen.",
                        "Telefon och en tekniker på plats.",
                        "",
                        "Ett stopp kostar en storkund mycket per timme."
                    },
                    0.98,
                    "WAITING",
                    0,
                    false),
            new Demo(
                    "Den som svarar kan svaret",
                    "Den du pratar med hos oss kan produkten och ditt avtal, eller tar reda på svaret och återkommer samma dag.",
                    PromiseScope.ALL,
                    null,
                    StatedWhere.VERBAL,
                    true,
                    null,
                    AppRoles.MARKETING,
                    "SEARCH_EVALUATE,SUPPORT_AFTER_SALES",
                    new String[] {
                        "Alla som svarar kunder.", "Kunder tar det för givet; vi har aldrig skrivit det.", "", ""
                    },
                    0.9,
                    "UNKNOWLEDGEABLE",
                    4,
                    false),
            new Demo(
                    "Orderbekräftelse inom en timme",
                    "Varje order bekräftas inom en timme med leveransdag, tidsfönster och pris.",
                    PromiseScope.ALL,
                    null,
                    StatedWhere.WEBSITE,
                    false,
                    "Under kontorstid 07–17.",
                    AppRoles.MARKETING,
                    "ORDER",
                    new String[] {
                        "Orderavdelningen.", "Leveransdag, fönster och pris.", "", "Kunden vill kunna planera direkt."
                    },
                    0.94,
                    "MISSING_INFO",
                    2,
                    false),
            new Demo(
                    "Servicebesök inom tre arbetsdagar för vården",
                    "Vård- och omsorgskunder får ett servicebesök inom tre arbetsdagar från felanmälan.",
                    PromiseScope.INDUSTRY,
                    "Vård och omsorg",
                    StatedWhere.AGREEMENT,
                    false,
                    null,
                    AppRoles.SALES,
                    "SUPPORT_AFTER_SALES",
                    new String[] {"Serviceavdelningen.", "", "", "Utrustningen används i patientnära arbete."},
                    0.91,
                    "NOT_DONE",
                    1,
                    false),
            new Demo(
                    "Fast pris enligt offert",
                    "Priset i offerten gäller hela projektet. Tillägg görs bara efter skriftligt godkännande.",
                    PromiseScope.CUSTOMER,
                    null,
                    StatedWhere.OFFER,
                    false,
                    "Gäller i tolv månader från offertdatum.",
                    AppRoles.SALES,
                    "OFFER_NEGOTIATION",
                    new String[] {"Säljaren.", "", "", ""},
                    1.0,
                    "WRONG_INVOICE",
                    0,
                    false),
            new Demo(
                    "Fri frakt över 5 000 kr",
                    "Ordrar över 5 000 kr exklusive moms levereras utan fraktkostnad.",
                    PromiseScope.ALL,
                    null,
                    StatedWhere.WEBSITE,
                    false,
                    null,
                    AppRoles.MARKETING,
                    "ORDER",
                    new String[] {"", "", "", ""},
                    1.0,
                    "WRONG_INVOICE",
                    0,
                    true));

    private final BatchInsert insert;
    private final CustomerService customers;
    private final IndustryService industries;
    private final UserDirectory users;
    private final DemandService demands;
    private final DemandReferenceService references;
    private final BusinessTime time;

    PromiseDemoData(
            BatchInsert insert,
            CustomerService customers,
            IndustryService industries,
            UserDirectory users,
            DemandService demands,
            DemandReferenceService references,
            BusinessTime time) {
        this.insert = insert;
        this.customers = customers;
        this.industries = industries;
        this.users = users;
        this.demands = demands;
        this.references = references;
        this.time = time;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        Random random = new Random(13);
        List<CustomerListItem> all = customers.list(CustomerFilter.all(), PageRequest.of(0, 200));
        if (all.isEmpty()) {
            return;
        }
        Map<String, Long> industryIds = new HashMap<>();
        industries.list(true).forEach(i -> industryIds.put(i.nameSv(), i.id()));
        Map<String, Long> causes = new HashMap<>();
        references.causes(true).forEach(c -> causes.put(c.code(), c.id()));
        List<UserRef> marketing = users.activeWithRole(AppRoles.MARKETING);
        List<UserRef> sales = users.activeWithRole(AppRoles.SALES);
        List<UserRef> ceo = users.activeWithRole(AppRoles.CEO);
        List<UserRef> service = users.activeWithRole(AppRoles.CUSTOMER_SERVICE);
        if (marketing.isEmpty() || sales.isEmpty()) {
            return;
        }
        LocalDate today = time.today();
        LocalDate start = today.minusMonths(13);
        Instant created = start.atTime(9, 0).atZone(time.zone()).toInstant();
        List<Long> ids = new ArrayList<>();
        List<Object[]> checks = new ArrayList<>();
        for (Demo d : PROMISES) {
            UserRef owner = (d.ownerRole().equals(AppRoles.MARKETING) ? marketing : sales).getFirst();
            long customerId = all.get(3).id();
            long id = insert.returningId(
                    "insert into promise (title, promise_text, scope, scope_segment, scope_industry_id, scope_customer_id, "
                            + "stated_where, implicit_promise, limits, owner_id, valid_from, valid_to, journey_stages, "
                            + "answer_issuer, answer_includes, answer_not_too_much, answer_why_matters, retired, created_at, "
                            + "updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s -> {
                        s.setString(1, d.title());
                        s.setString(2, d.text());
                        s.setString(3, d.scope().name());
                        s.setString(4, d.scope() == PromiseScope.SEGMENT ? d.scopeKey() : null);
                        s.setObject(5, d.scope() == PromiseScope.INDUSTRY ? industryIds.get(d.scopeKey()) : null);
                        s.setObject(6, d.scope() == PromiseScope.CUSTOMER ? customerId : null);
                        s.setString(7, d.stated().name());
                        s.setBoolean(8, d.implicit());
                        s.setString(9, d.limits());
                        s.setLong(10, owner.id());
                        s.setDate(11, Date.valueOf(start));
                        s.setDate(12, d.retired() ? Date.valueOf(today.minusMonths(2)) : null);
                        s.setString(13, d.stages());
                        s.setString(14, blank(d.answers()[0]));
                        s.setString(15, blank(d.answers()[1]));
                        s.setString(16, blank(d.answers()[2]));
                        s.setString(17, blank(d.answers()[3]));
                        s.setBoolean(18, d.retired());
                        s.setTimestamp(19, Timestamp.from(created));
                        s.setTimestamp(20, Timestamp.from(created));
                    });
            ids.add(id);
            insert.row(
                    "insert into promise_version (promise_id, version_no, title, promise_text, limits, reason, changed_at, "
                            + "changed_by, changed_by_name) values (?, 1, ?, ?, ?, null, ?, ?, ?)",
                    id,
                    d.title(),
                    d.text(),
                    d.limits(),
                    Timestamp.from(created),
                    owner.id(),
                    owner.fullName());
            // A check a week: kept with the promise's share, the customer's view known for every third.
            for (LocalDate day = start.plusDays(7); !day.isAfter(today) && !d.retired(); day = day.plusDays(7)) {
                boolean kept = random.nextDouble() < d.keptShare();
                Boolean customerKept = random.nextInt(3) == 0 ? kept : null;
                checks.add(new Object[] {
                    id,
                    Date.valueOf(day),
                    all.get(random.nextInt(all.size())).id(),
                    kept,
                    customerKept,
                    kept
                            ? "Stickprov: " + (18 + random.nextInt(3)) + " av 20 inom löftet."
                            : "Stickprov: " + (10 + random.nextInt(6)) + " av 20 inom löftet.",
                    owner.id(),
                    Timestamp.from(day.atTime(16, 0).atZone(time.zone()).toInstant())
                });
            }
            tagContacts(id, causes.get(d.cause()), d.taggedPerQuarter(), today, random);
        }
        // Installation: the customer disagreed with our "kept" last week, so the promise is disputed.
        checks.add(new Object[] {
            ids.get(2),
            Date.valueOf(today.minusDays(3)),
            all.get(5).id(),
            true,
            false,
            "Vi installerade enligt offerten; kunden menar att bortforsling av den gamla maskinen ingick.",
            sales.getFirst().id(),
            Timestamp.from(time.now().minusSeconds(3 * 86_400))
        });
        insert.rows(
                "promise_check",
                List.of(
                        "promise_id",
                        "checked_on",
                        "customer_id",
                        "kept",
                        "customer_kept",
                        "evidence",
                        "recorded_by",
                        "recorded_at"),
                checks);
        perceived(ids, all, service.isEmpty() ? sales : service, today);
        beyond(ids, all, sales, ceo.isEmpty() ? marketing : ceo, today);
    }

    /** Tags some of the cause's failure contacts of the last year with the promise, through the demand log. */
    private void tagContacts(long promiseId, @Nullable Long causeId, int perQuarter, LocalDate today, Random random) {
        if (causeId == null || perQuarter == 0) {
            return;
        }
        List<Long> candidates = new ArrayList<>(demands
                .contacts(
                        DemandFilter.between(today.minusDays(365), today)
                                .withCause(causeId)
                                .withKind(DemandKind.FAILURE),
                        PageRequest.of(0, 3000))
                .stream()
                .filter(c -> c.promiseId() == null)
                .map(DemandItem::id)
                .toList());
        Collections.shuffle(candidates, random);
        demands.tagPromise(candidates.subList(0, Math.min(candidates.size(), perQuarter * 4)), promiseId);
    }

    private void perceived(List<Long> ids, List<CustomerListItem> all, List<UserRef> by, LocalDate today) {
        Object[][] gaps = {
            {0, 4, "Inköpschefen", "Att vi levererar på lördagar också.", "Säljaren nämnde helgleveranser i ett möte."},
            {0, 7, "Platschefen", "Att tidsfönstret är en timme.", "En konkurrents erbjudande."},
            {
                2,
                5,
                "Driftansvarig",
                "Att bortforsling av den gamla maskinen ingår.",
                "Förra leveransen tog vi med den gamla utan kostnad."
            },
            {
                3,
                9,
                "Ekonomichefen",
                "Att alla rättelser kommer som en ny faktura, inte en kreditnota.",
                "Tidigare leverantörs rutin."
            },
            {1, 11, null, "Att svar inom en arbetsdag betyder att ärendet är löst.", "Webbplatsens formulering."},
            {6, 2, "Receptionen", "Att samma person svarar varje gång.", "Antagande."}
        };
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < gaps.length; i++) {
            Object[] g = gaps[i];
            LocalDate on = today.minusDays(10L + 37L * i);
            rows.add(new Object[] {
                ids.get((Integer) g[0]),
                all.get(((Integer) g[1]) % all.size()).id(),
                g[2],
                g[3],
                g[4],
                Date.valueOf(on),
                by.getFirst().id(),
                Timestamp.from(on.atTime(11, 0).atZone(time.zone()).toInstant())
            });
        }
        insert.rows(
                "promise_perceived",
                List.of(
                        "promise_id",
                        "customer_id",
                        "stakeholder",
                        "believed",
                        "came_from",
                        "recorded_on",
                        "recorded_by",
                        "recorded_at"),
                rows);
    }

    private void beyond(
            List<Long> ids, List<CustomerListItem> all, List<UserRef> sales, List<UserRef> ceo, LocalDate today) {
        // promise index, customer index, what, cost, days ago, decision, rationale, communication
        Object[][] events = {
            {
                2,
                5,
                "Forslade bort den gamla maskinen utan kostnad.",
                "4500",
                120,
                "CHANGE",
                "Kunder förutsätter bortforsling; vi tar med den i löftet och i priset.",
                null
            },
            {
                0,
                4,
                "Extra leverans en lördag för att rädda en byggstart.",
                "8200",
                90,
                "CLARIFY",
                "Löftet gäller vardagar; det ska stå tydligt i orderbekräftelsen.",
                "Orderbekräftelsen och webbplatsen nämner vardagar 07–18."
            },
            {
                3,
                9,
                "Krediterade en hel faktura i stället för en rad.",
                "1200",
                75,
                "LEAVE",
                "Ett enstaka fall; löftet är tydligt.",
                null
            },
            {0, 7, "Skickade budbil när lastbilen blev sen.", "3100", 20, null, null, null},
            {7, 12, "Ringde upp kvällstid för att bekräfta en brådskande order.", null, 12, null, null, null},
            {4, 15, "Bytte ut en produkt utanför garantitiden.", "6400", 6, null, null, null}
        };
        Instant now = time.now();
        for (Object[] e : events) {
            long promiseId = ids.get((Integer) e[0]);
            LocalDate on = today.minusDays((Integer) e[4]);
            Instant at = on.atTime(14, 0).atZone(time.zone()).toInstant();
            long beyondId = insert.returningId(
                    "insert into promise_beyond (promise_id, customer_id, what, occurred_on, estimated_cost, approved_by, "
                            + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    s -> {
                        s.setLong(1, promiseId);
                        s.setLong(2, all.get(((Integer) e[1]) % all.size()).id());
                        s.setString(3, (String) e[2]);
                        s.setDate(4, Date.valueOf(on));
                        s.setBigDecimal(5, e[3] == null ? null : new BigDecimal((String) e[3]));
                        s.setLong(6, sales.getFirst().id());
                        s.setLong(7, sales.getFirst().id());
                        s.setTimestamp(8, Timestamp.from(at));
                    });
            String decision = (String) e[5];
            Instant decidedAt = decision == null ? null : at.plusSeconds(6 * 86_400L);
            Integer newVersion = null;
            if ("CHANGE".equals(decision)) {
                newVersion = 2;
                insert.row(
                        "update promise set promise_text = ? where id = ?",
                        "I priset ingår installation av levererad utrustning, bortforsling av den utrustning den ersätter och en genomgång med den som ska använda den.",
                        promiseId);
                insert.row(
                        "insert into promise_version (promise_id, version_no, title, promise_text, limits, reason, changed_at, "
                                + "changed_by, changed_by_name) select id, 2, title, promise_text, limits, ?, ?, ?, ? from promise where id = ?",
                        e[6],
                        Timestamp.from(decidedAt),
                        ceo.getFirst().id(),
                        ceo.getFirst().fullName(),
                        promiseId);
            }
            insert.row(
                    "insert into promise_review (promise_id, beyond_id, opened_at, decision, rationale, communication, "
                            + "new_version_no, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    promiseId,
                    beyondId,
                    Timestamp.from(at.isAfter(now) ? now : at),
                    decision,
                    e[6],
                    e[7],
                    newVersion,
                    decision == null ? null : ceo.getFirst().id(),
                    decidedAt == null ? null : Timestamp.from(decidedAt));
        }
    }

    private static @Nullable String blank(String value) {
        return value.isBlank() ? null : value;
    }
}

package se.kundlofte.journey;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.db.BatchInsert;
import se.kundlofte.base.demo.DemoData;
import se.kundlofte.customer.CustomerFilter;
import se.kundlofte.customer.CustomerListItem;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.Segment;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserRef;

/**
 * Two complete journey maps — equipment with installation for small businesses, and service
 * agreements for enterprise customers — with emotions, touchpoints, owners, a few gaps and a dozen
 * observations. The demo requirements and contacts of those segments' customers are pointed at the
 * stage of their phase in that journey; every other one at the standard journey's stage, as the
 * migration does for an existing installation.
 */
@Component
class JourneyDemoData implements DemoData {

    /** One stage of a demo journey, its lanes in map order. */
    private record Step(
            String name,
            JourneyPhase phase,
            String does,
            String thinks,
            int emotion,
            String touchpoints,
            @Nullable String owner,
            String coverage,
            String pain,
            String opportunity) {}

    /** One demo journey: the stages, and the failure causes whose contacts belong to a later stage of one phase. */
    private record Demo(
            String name, String description, Segment segment, List<Step> steps, Map<String, String> causeToStage) {}

    private static final List<Demo> JOURNEYS = List.of(
            new Demo(
                    "Utrustning med installation — småföretag",
                    "Småföretag som köper en maskin eller en anläggning med leverans och installation, från det att"
                            + " behovet uppstår till att de rekommenderar oss.",
                    Segment.SMALL_BUSINESS,
                    List.of(
                            new Step(
                                    "Behovet uppstår",
                                    JourneyPhase.NEED_ARISES,
                                    "Den gamla maskinen krånglar eller verksamheten växer; ägaren märker att det inte räcker.",
                                    "”Det här tar tid från mina kunder. Vem kan hjälpa mig snabbt?”",
                                    -1,
                                    "Kollegor i branschen, sökmotor, branschforum",
                                    "Marknad",
                                    "PARTLY",
                                    "Vi syns först när kunden redan har bestämt sig för vad de vill ha.",
                                    "Guide på webben: ”När är det dags att byta?” med räkneexempel."),
                            new Step(
                                    "Jämför leverantörer",
                                    JourneyPhase.SEARCH_EVALUATE,
                                    "Läser omdömen och ber två–tre leverantörer om offert.",
                                    "”Alla lovar samma sak. Hur ska jag kunna jämföra?”",
                                    -1,
                                    "Webbplats, telefon, omdömessajter",
                                    "Marknad",
                                    "PARTLY",
                                    "Priser och leveranstider syns inte på webben.",
                                    "Prisexempel och vårt löfte om tidsfönster synligt på varje produktsida."),
                            new Step(
                                    "Offert och platsbesök",
                                    JourneyPhase.OFFER_NEGOTIATION,
                                    "Säljaren mäter upp på plats och lämnar offert.",
                                    "”Äntligen någon som lyssnar på hur vi faktiskt arbetar.”",
                                    1,
                                    "Platsbesök, e-post, telefon",
                                    "Sälj",
                                    "COVERED",
                                    "Offerten tar upp till en vecka efter besöket.",
                                    "Offert samma dag från surfplattan, med installationen specificerad."),
                            new Step(
                                    "Beställning",
                                    JourneyPhase.ORDER,
                                    "Signerar offerten och väljer tidsfönster för leveransen.",
                                    "”Skönt att det är bestämt.”",
                                    1,
                                    "Kundportal, e-post",
                                    "Sälj",
                                    "COVERED",
                                    "Orderbekräftelsen saknar tidsfönstret och vad som ingår i installationen.",
                                    "Bekräftelse med tidsfönster, checklista och sms-påminnelse."),
                            new Step(
                                    "Leverans",
                                    JourneyPhase.DELIVERY_INSTALLATION,
                                    "Tar ledigt och väntar på leveransen; ringer när bilen inte kommer.",
                                    "”Kommer de i tid? Ingen svarar i telefon.”",
                                    -2,
                                    "Sms, chaufför, kundtjänst",
                                    "Logistik",
                                    "PARTLY",
                                    "Sena leveranser utan besked; fel gods eller skadat gods.",
                                    "Ring 30 minuter innan, spårning av bilen i kundportalen."),
                            new Step(
                                    "Installation och igångsättning",
                                    JourneyPhase.DELIVERY_INSTALLATION,
                                    "Montören installerar och visar hur maskinen fungerar.",
                                    "”Jag hinner inte lära mig allt nu, och den gamla maskinen står kvar.”",
                                    -1,
                                    "Montör, bruksanvisning",
                                    null,
                                    "PARTLY",
                                    "Ingen äger installationen: montörerna är underleverantörer och bortforslingen glöms.",
                                    "Checklista vid överlämning, kort film om de första stegen."),
                            new Step(
                                    "Användning",
                                    JourneyPhase.USE,
                                    "Använder maskinen dagligen; betalar fakturan.",
                                    "”Den fungerar — men varför stämmer inte fakturan med offerten?”",
                                    1,
                                    "Faktura, kundportal",
                                    "Ekonomi",
                                    "COVERED",
                                    "Fakturor som inte stämmer med offerten.",
                                    "Fakturan visar offertens rader och vad som avvikit."),
                            new Step(
                                    "Support och service",
                                    JourneyPhase.SUPPORT_AFTER_SALES,
                                    "Ringer när något krånglar och väntar på servicetekniker.",
                                    "”Får jag prata med samma person igen, eller börjar vi om?”",
                                    -1,
                                    "Telefon, e-post, servicetekniker",
                                    "Kundtjänst",
                                    "PARTLY",
                                    "Upprepade kontakter om samma fel; kunden får förklara från början.",
                                    "Ett ärende, en ansvarig, och återkoppling utan att kunden behöver jaga."),
                            new Step(
                                    "Rekommendera och köpa igen",
                                    JourneyPhase.RENEWAL_RECOMMENDATION,
                                    "Tipsar en kollega — eller inte — och köper nästa maskin.",
                                    "”De var bra, men ingen har hört av sig sedan garantin gick ut.”",
                                    0,
                                    "Kollegor, omdömen",
                                    "Sälj",
                                    "NOT_COVERED",
                                    "Ingen process efter garantitiden: vi tappar kunden till den som ringer först.",
                                    "Uppföljningssamtal efter ett år och erbjudande om serviceavtal.")),
                    Map.of("ERROR_CORRECTION", "Installation och igångsättning")),
            new Demo(
                    "Serviceavtal — storkund",
                    "Storkunder med serviceavtal för flera anläggningar: upphandling, uppstart, löpande service,"
                            + " akuta ärenden och förlängning.",
                    Segment.ENTERPRISE,
                    List.of(
                            new Step(
                                    "Upphandlingsbehov",
                                    JourneyPhase.NEED_ARISES,
                                    "Avtalet med nuvarande leverantör löper ut; driftchefen samlar behov från anläggningarna.",
                                    "”Förra leverantören svarade aldrig i tid. Det får inte hända igen.”",
                                    -1,
                                    "Interna möten, nätverk",
                                    "Sälj",
                                    "PARTLY",
                                    "Vi får veta om upphandlingen först när underlaget är publicerat.",
                                    "Årlig avtalsgenomgång med nyckelkunder långt före avtalsslut."),
                            new Step(
                                    "Upphandling och utvärdering",
                                    JourneyPhase.SEARCH_EVALUATE,
                                    "Skriver förfrågningsunderlag och utvärderar anbud efter pris och svarstider.",
                                    "”Kan de verkligen hålla fyra timmars inställelsetid på alla orter?”",
                                    0,
                                    "Upphandlingsportal, referenser",
                                    "Sälj",
                                    "COVERED",
                                    "Referenser är svåra att ta fram snabbt.",
                                    "Färdiga referensfall per bransch med mätta svarstider."),
                            new Step(
                                    "Anbud och förhandling",
                                    JourneyPhase.OFFER_NEGOTIATION,
                                    "Förhandlar servicenivåer, viten och pris per anläggning.",
                                    "”Vi vill ha ett löfte vi kan följa upp, inte en broschyr.”",
                                    0,
                                    "Möten, avtalsutkast",
                                    "Sälj",
                                    "COVERED",
                                    "Avtalsutkastet lovar mer än driften kan leverera.",
                                    "Driften granskar varje servicenivå innan den lovas."),
                            new Step(
                                    "Avtal tecknas",
                                    JourneyPhase.ORDER,
                                    "Undertecknar avtalet och utser kontaktpersoner.",
                                    "”Bra, nu hoppas vi att vardagen blir som i anbudet.”",
                                    1,
                                    "Avtal, välkomstbrev",
                                    "Sälj",
                                    "COVERED",
                                    "Välkomstbrevet är generiskt och saknar kontaktvägar per anläggning.",
                                    "Välkomstmöte med servicechefen och en kontaktlista per anläggning."),
                            new Step(
                                    "Uppstart och inventering",
                                    JourneyPhase.DELIVERY_INSTALLATION,
                                    "Våra tekniker inventerar anläggningarna och lägger in dem i systemet.",
                                    "”Varför frågar de samma sak som vi redan skickat?”",
                                    -1,
                                    "Tekniker, kalkylblad, e-post",
                                    "Service",
                                    "PARTLY",
                                    "Uppgifter från anbudet följer inte med till driften.",
                                    "Anbudets anläggningslista importeras direkt i servicesystemet."),
                            new Step(
                                    "Löpande service",
                                    JourneyPhase.USE,
                                    "Får förebyggande service enligt schema och en månadsrapport.",
                                    "”Det rullar på. Rapporten är bra.”",
                                    1,
                                    "Servicerapport, kundportal",
                                    "Service",
                                    "COVERED",
                                    "Rapporten kommer ibland veckor sent.",
                                    "Rapporten skapas automatiskt när sista besöket är klart."),
                            new Step(
                                    "Akuta ärenden",
                                    JourneyPhase.SUPPORT_AFTER_SALES,
                                    "Ringer när en anläggning står still och väntar på tekniker.",
                                    "”Varje timme kostar oss pengar. Vet de ens att vi ringt?”",
                                    -2,
                                    "Jourtelefon, sms, tekniker",
                                    "Kundtjänst",
                                    "PARTLY",
                                    "Ingen bekräftelse på att ärendet tagits emot; kunden ringer igen.",
                                    "Sms med ärendenummer och beräknad inställelsetid inom fem minuter."),
                            new Step(
                                    "Uppföljning och förlängning",
                                    JourneyPhase.RENEWAL_RECOMMENDATION,
                                    "Utvärderar avtalet inför förlängning och jämför med andra.",
                                    "”Har de hållit det de lovade? Vi har inga egna siffror.”",
                                    0,
                                    "Avtalsuppföljning, möte",
                                    null,
                                    "NOT_COVERED",
                                    "Ingen äger avtalsuppföljningen; vi kommer till förlängningen utan fakta.",
                                    "Kvartalsvis uppföljning av löftena med kundens egna siffror.")),
                    Map.of()));

    /** Observations: journey, stage name, customer (or null), where, what happened, the insight, days ago. */
    private static final Object[][] OBSERVATIONS = {
        {
            0,
            "Leverans",
            "Järnhandeln i Ystad AB",
            "I butiken, vid leveransen",
            "Ägaren hade tagit ledigt hela förmiddagen. Bilen kom 13.40 utan att ringa.",
            "Tidsfönstret är värt mindre än samtalet innan: det är samtalet kunden planerar efter.",
            12
        },
        {
            0,
            "Installation och igångsättning",
            "Gnosjö Fjäderfabrik AB",
            "Verkstaden",
            "Montören lämnade den gamla maskinen i lokalen; kunden fick bära ut den själv.",
            "Kunden räknar med bortforsling fast offerten inte säger det — ett underförstått löfte.",
            20
        },
        {
            0,
            "Installation och igångsättning",
            "Tandvårdshuset Lund AB",
            "Personalrummet",
            "Personalen fick en genomgång på fem minuter mitt i patientflödet.",
            "Genomgången behöver bokas som en egen tid, inte hängas på installationen.",
            33
        },
        {
            0,
            "Offert och platsbesök",
            "Konferensgården Sigtuna AB",
            "Köket, vid platsbesöket",
            "Säljaren mätte upp och ritade på plats; kunden fotograferade skissen.",
            "Kunden vill ha något att visa sin delägare samma dag.",
            41
        },
        {
            0,
            "Användning",
            "Järnhandeln i Ystad AB",
            "Vid kassadisken",
            "Kunden jämförde fakturan rad för rad med offerten.",
            "Fakturan läses mot offerten: samma rader i samma ordning sparar ett samtal.",
            55
        },
        {
            0,
            "Support och service",
            null,
            "Medlyssning i kundtjänst",
            "Kunden förklarade felet för tredje gången, för en ny handläggare.",
            "Ärendet ska följa kunden, inte samtalet.",
            8
        },
        {
            0,
            "Jämför leverantörer",
            null,
            "Mässa i Jönköping",
            "Tre besökare frågade om leveranstid innan de frågade om pris.",
            "Leveranstiden väger tyngre än priset i jämförelsen.",
            70
        },
        {
            1,
            "Akuta ärenden",
            "Kraftbolaget Mellansverige AB",
            "Driftcentralen",
            "Driftchefen ringde jouren två gånger på 20 minuter för att få veta att ärendet fanns.",
            "En bekräftelse direkt hade tagit bort halva samtalsvolymen.",
            5
        },
        {
            1,
            "Uppstart och inventering",
            "Nordisk Åkeri & Logistik AB",
            "Terminalen i Jönköping",
            "Teknikern hade en annan anläggningslista än kunden.",
            "Anbudets lista måste vara driftens lista från dag ett.",
            26
        },
        {
            1,
            "Löpande service",
            "Byggpartner i Väst AB",
            "Månadsmötet",
            "Kunden visade vår servicerapport för sin ledningsgrupp.",
            "Rapporten används uppåt i kundens organisation: den är en del av produkten.",
            18
        },
        {
            1,
            "Uppföljning och förlängning",
            "Sportkedjan Norden AB",
            "Avtalsmötet",
            "Kunden hade egna siffror på våra svarstider; vi hade inga.",
            "Vi behöver mäta löftet själva innan kunden gör det.",
            47
        },
        {
            1,
            "Anbud och förhandling",
            "Kraftbolaget Mellansverige AB",
            "Förhandlingen",
            "Kunden strök ”normalt inom fyra timmar” och skrev ”alltid”.",
            "Ett löfte utan gränser blir ett löfte vi bryter: skriv in undantagen.",
            90
        },
    };

    /**
     * Failure demand above this share of a stage's contacts makes the stage a gap. The demo company
     * sets it above its usual level (about half of all contacts are failure demand), so that the
     * stages that stand out do.
     */
    private static final int GAP_FAILURE_PERCENT = 60;

    /** The standard journey as the demo company has assessed it, phase by phase (names stay the phases'). */
    private static final List<Step> STANDARD = List.of(
            new Step(
                    "",
                    JourneyPhase.NEED_ARISES,
                    "Märker att något inte räcker till.",
                    "”Vem kan lösa det här?”",
                    0,
                    "Kollegor, sökmotor",
                    "Marknad",
                    "PARTLY",
                    "Vi syns sent.",
                    "Innehåll som hjälper före köpet."),
            new Step(
                    "",
                    JourneyPhase.SEARCH_EVALUATE,
                    "Jämför leverantörer och ber om offerter.",
                    "”Svårt att jämföra.”",
                    -1,
                    "Webbplats, telefon",
                    "Marknad",
                    "COVERED",
                    "Priser och villkor syns inte.",
                    "Tydliga löften på webben."),
            new Step(
                    "",
                    JourneyPhase.OFFER_NEGOTIATION,
                    "Får offert och förhandlar.",
                    "”Förstår de vad vi behöver?”",
                    0,
                    "Möten, e-post",
                    "Sälj",
                    "COVERED",
                    "Offerten dröjer.",
                    "Offert samma dag."),
            new Step(
                    "",
                    JourneyPhase.ORDER,
                    "Beställer.",
                    "”Skönt att det är bestämt.”",
                    1,
                    "Kundportal, e-post",
                    "Sälj",
                    "COVERED",
                    "Bekräftelsen saknar detaljer.",
                    "Bekräftelse med tider och innehåll."),
            new Step(
                    "",
                    JourneyPhase.DELIVERY_INSTALLATION,
                    "Tar emot leveransen och installationen.",
                    "”Kommer de i tid?”",
                    -1,
                    "Chaufför, montör, sms",
                    "Logistik",
                    "PARTLY",
                    "Sena leveranser utan besked.",
                    "Besked innan vi kommer."),
            new Step(
                    "",
                    JourneyPhase.USE,
                    "Använder produkten och betalar.",
                    "”Det fungerar.”",
                    1,
                    "Faktura, kundportal",
                    "Produktutveckling",
                    "COVERED",
                    "Fel på fakturor.",
                    "Fakturan följer offerten."),
            new Step(
                    "",
                    JourneyPhase.SUPPORT_AFTER_SALES,
                    "Hör av sig när något krånglar.",
                    "”Får jag hjälp den här gången?”",
                    -1,
                    "Telefon, e-post",
                    "Kundtjänst",
                    "COVERED",
                    "Samma fel förklaras flera gånger.",
                    "En ansvarig per ärende."),
            new Step(
                    "",
                    JourneyPhase.RENEWAL_RECOMMENDATION,
                    "Köper igen eller rekommenderar oss.",
                    "”Skulle jag välja dem igen?”",
                    0,
                    "Kollegor, omdömen",
                    "Sälj",
                    "PARTLY",
                    "Ingen hör av sig efter köpet.",
                    "Uppföljning efter ett år."));

    private final BatchInsert insert;
    private final CustomerService customers;
    private final UserDirectory users;
    private final BusinessTime time;

    JourneyDemoData(BatchInsert insert, CustomerService customers, UserDirectory users, BusinessTime time) {
        this.insert = insert;
        this.customers = customers;
        this.users = users;
        this.time = time;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        List<UserRef> everyone = users.everyone();
        if (everyone.isEmpty()) {
            return;
        }
        List<CustomerListItem> all = customers.list(CustomerFilter.all(), PageRequest.of(0, 200));
        Instant now = time.now();
        List<List<Long>> stageIds = new ArrayList<>();
        standard();
        for (Demo demo : JOURNEYS) {
            stageIds.add(journey(demo, now));
        }
        pin();
        observations(stageIds, all, everyone);
    }

    /** Fills the lanes of the standard journey's stages, which the installation created empty. */
    private void standard() {
        insert.update("update journey set gap_failure_percent = ? where standard = true", GAP_FAILURE_PERCENT);
        for (Step step : STANDARD) {
            insert.update(
                    "update journey_stage s join journey j on j.id = s.journey_id and j.standard = true"
                            + " set s.customer_does = ?, s.customer_thinks = ?, s.emotion = ?, s.touchpoints = ?,"
                            + " s.owner_department = ?, s.coverage = ?, s.pain_points = ?, s.opportunities = ?"
                            + " where s.phase = ?",
                    step.does(),
                    step.thinks(),
                    step.emotion(),
                    step.touchpoints(),
                    step.owner(),
                    step.coverage(),
                    step.pain(),
                    step.opportunity(),
                    step.phase().name());
        }
    }

    private List<Long> journey(Demo demo, Instant now) {
        long journeyId = insert.returningId(
                "insert into journey (name, description, segment, standard, gap_failure_percent, created_at, updated_at)"
                        + " values (?, ?, ?, false, ?, ?, ?)",
                s -> {
                    s.setString(1, demo.name());
                    s.setString(2, demo.description());
                    s.setString(3, demo.segment().name());
                    s.setInt(4, GAP_FAILURE_PERCENT);
                    s.setTimestamp(5, Timestamp.from(now));
                    s.setTimestamp(6, Timestamp.from(now));
                });
        List<Long> ids = new ArrayList<>();
        for (int position = 0; position < demo.steps().size(); position++) {
            Step step = demo.steps().get(position);
            int at = position;
            ids.add(insert.returningId(
                    "insert into journey_stage (journey_id, position, name, phase, customer_does, customer_thinks, emotion,"
                            + " touchpoints, owner_department, coverage, pain_points, opportunities, updated_at,"
                            + " updated_by_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null)",
                    s -> {
                        s.setLong(1, journeyId);
                        s.setInt(2, at);
                        s.setString(3, step.name());
                        s.setString(4, step.phase().name());
                        s.setString(5, step.does());
                        s.setString(6, step.thinks());
                        s.setInt(7, step.emotion());
                        s.setString(8, step.touchpoints());
                        s.setString(9, step.owner());
                        s.setString(10, step.coverage());
                        s.setString(11, step.pain());
                        s.setString(12, step.opportunity());
                        s.setTimestamp(13, Timestamp.from(now));
                    }));
        }
        return ids;
    }

    /**
     * Requirements and contacts of each demo journey's segment point at the journey's first stage of
     * their phase (contacts of some causes at a later stage of the same phase); the rest at the
     * standard journey's stage, as the migration points an existing installation's rows.
     */
    private void pin() {
        for (Demo demo : JOURNEYS) {
            String firstOfPhase = "(select s.id from journey_stage s join journey j on j.id = s.journey_id"
                    + " where j.name = ? and s.phase = %s.journey_stage order by s.position limit 1)";
            insert.update(
                    "update requirement r join customer c on c.id = r.customer_id set r.journey_stage_id = "
                            + firstOfPhase.formatted("r") + " where r.journey_stage is not null and c.segment = ?",
                    demo.name(),
                    demo.segment().name());
            insert.update(
                    "update demand d join customer c on c.id = d.customer_id set d.journey_stage_id = "
                            + firstOfPhase.formatted("d") + " where d.journey_stage is not null and c.segment = ?",
                    demo.name(),
                    demo.segment().name());
            // A later stage of a phase also gets half the phase's value demand: customers call the
            // installer with questions too, not only with complaints.
            demo.causeToStage().values().stream()
                    .distinct()
                    .forEach(stage -> insert.update(
                            "update demand d join customer c on c.id = d.customer_id"
                                    + " join journey_stage s on s.phase = d.journey_stage and s.name = ?"
                                    + " join journey j on j.id = s.journey_id and j.name = ?"
                                    + " set d.journey_stage_id = s.id where d.kind = 'VALUE' and mod(d.id, 2) = 1 and c.segment = ?",
                            stage,
                            demo.name(),
                            demo.segment().name()));
            demo.causeToStage()
                    .forEach((cause, stage) -> insert.update(
                            "update demand d join customer c on c.id = d.customer_id"
                                    + " join failure_cause f on f.id = d.cause_id"
                                    + " join journey_stage s on s.phase = d.journey_stage and s.name = ?"
                                    + " join journey j on j.id = s.journey_id and j.name = ?"
                                    + " set d.journey_stage_id = s.id where f.code = ? and c.segment = ?",
                            stage,
                            demo.name(),
                            cause,
                            demo.segment().name()));
        }
        String standard = "update %s x join journey_stage s on s.phase = x.journey_stage"
                + " join journey j on j.id = s.journey_id and j.standard = true"
                + " set x.journey_stage_id = s.id where x.journey_stage is not null and x.journey_stage_id is null";
        insert.update(standard.formatted("requirement"));
        insert.update(standard.formatted("demand"));
    }

    private void observations(List<List<Long>> stageIds, List<CustomerListItem> all, List<UserRef> everyone) {
        LocalDate today = time.today();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < OBSERVATIONS.length; i++) {
            Object[] o = OBSERVATIONS[i];
            int journey = (Integer) o[0];
            int position = indexOf(JOURNEYS.get(journey), (String) o[1]);
            LocalDate day = today.minusDays((Integer) o[6]);
            rows.add(new Object[] {
                stageIds.get(journey).get(position),
                Date.valueOf(day),
                everyone.get(i % everyone.size()).id(),
                o[2] == null ? null : customerId(all, (String) o[2]),
                o[3],
                o[4],
                o[5],
                Timestamp.from(day.atTime(15, 0).atZone(time.zone()).toInstant())
            });
        }
        insert.rows(
                "journey_observation",
                List.of(
                        "journey_stage_id",
                        "observed_on",
                        "observer_id",
                        "customer_id",
                        "place",
                        "what_happened",
                        "insight",
                        "created_at"),
                rows);
    }

    private static int indexOf(Demo demo, String stage) {
        for (int i = 0; i < demo.steps().size(); i++) {
            if (demo.steps().get(i).name().equals(stage)) {
                return i;
            }
        }
        throw new IllegalStateException("No demo stage " + stage);
    }

    /** The demo customer of that name; none when it is not there. */
    private static @Nullable Long customerId(List<CustomerListItem> all, String name) {
        return all.stream()
                .filter(c -> c.name().equals(name))
                .map(CustomerListItem::id)
                .findFirst()
                .orElse(null);
    }
}

package se.kundlofte;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.customer.Segment;
import se.kundlofte.journey.Coverage;
import se.kundlofte.journey.JourneyDetails;
import se.kundlofte.journey.JourneyForm;
import se.kundlofte.journey.JourneyMap;
import se.kundlofte.journey.ObservationForm;
import se.kundlofte.journey.StageContent;
import se.kundlofte.journey.StageItem;
import se.kundlofte.test.RunAs;

/** A complete journey for the browser test's screenshots of the map. */
final class JourneyScreens {

    static final String NAME = "Kök — privatkund";

    private JourneyScreens() {}

    private record Lanes(
            String does,
            String thinks,
            int emotion,
            String touchpoints,
            String owner,
            Coverage coverage,
            String pain,
            String chance) {}

    private static final List<Lanes> LANES = List.of(
            new Lanes(
                    "Inser att köket är slitet",
                    "Det här blir dyrt och rörigt",
                    0,
                    "Instagram, vänner",
                    "MARKETING",
                    Coverage.PARTLY,
                    "Vet inte var man börjar",
                    "Inspirationskväll"),
            new Lanes(
                    "Jämför kök på nätet och i butik",
                    "Så många val",
                    -1,
                    "Webb, butik",
                    "SALES",
                    Coverage.COVERED,
                    "Priser går inte att jämföra",
                    "Tydliga paket"),
            new Lanes(
                    "Får offert efter hembesök",
                    "Bra att någon lyssnar",
                    1,
                    "Hembesök, e-post",
                    "SALES",
                    Coverage.COVERED,
                    "Offerten tar två veckor",
                    "Offert på plats"),
            new Lanes(
                    "Beställer och betalar handpenning",
                    "Äntligen!",
                    2,
                    "Avtal, e-signering",
                    "SALES",
                    Coverage.COVERED,
                    "",
                    "Bekräftelse med tidplan"),
            new Lanes(
                    "Väntar på leverans och montör",
                    "Kommer de i tid?",
                    -2,
                    "SMS, telefon",
                    "CUSTOMER_SERVICE",
                    Coverage.PARTLY,
                    "Tidsfönster en hel dag",
                    "Avisering en timme innan"),
            new Lanes(
                    "Lagar mat i nya köket",
                    "Så fint det blev",
                    2,
                    "Manual, app",
                    "PRODUCT_DEVELOPMENT",
                    Coverage.COVERED,
                    "Manualen på papper",
                    "Manual i appen"),
            new Lanes(
                    "Ringer om en lucka som hänger",
                    "Varför är det så svårt att nå er?",
                    -2,
                    "Telefon, chatt",
                    "",
                    Coverage.NOT_COVERED,
                    "Ingen äger eftermarknaden",
                    "Serviceavtal"),
            new Lanes(
                    "Rekommenderar till grannen",
                    "Skulle jag göra om det?",
                    0,
                    "Recensioner",
                    "MARKETING",
                    Coverage.PARTLY,
                    "Vi frågar aldrig",
                    "Värvningsbonus"));

    static long seed(UserDetailsService users, UserTextPayloads.Services s) {
        JourneyDetails journey = RunAs.user(users, "marketing", () -> s.journeys()
                .create(JourneyForm.of(NAME + " " + System.nanoTime() % 1000)
                        .withSegment(Segment.SMALL_BUSINESS)
                        .withDescription("Från att köket känns slitet till att kunden rekommenderar oss.")));
        JourneyMap map = RunAs.user(users, "marketing", () -> s.journeys().map(journey.id()));
        RunAs.user(users, "marketing", () -> {
            for (int i = 0; i < map.stages().size(); i++) {
                StageItem stage = map.stages().get(i);
                Lanes l = LANES.get(i);
                s.journeys()
                        .saveStage(
                                stage.id(),
                                stage.version(),
                                null,
                                stage.phase(),
                                new StageContent(
                                        l.does(),
                                        l.thinks(),
                                        l.emotion(),
                                        l.touchpoints(),
                                        l.owner(),
                                        l.coverage(),
                                        l.pain(),
                                        l.chance()));
            }
        });
        RunAs.user(users, "service", () -> {
            s.observations()
                    .add(ObservationForm.of(
                                    map.stages().get(4).id(),
                                    LocalDate.now().minusDays(3),
                                    "Kunden tog ledigt en hel dag och montören kom 15.30.")
                            .withPlace("Hemma hos kunden")
                            .withInsight("Kortare tidsfönster är värt mer än snabbare leverans."));
            s.observations()
                    .add(ObservationForm.of(
                                    map.stages().get(6).id(),
                                    LocalDate.now().minusDays(10),
                                    "Kunden letade tjugo minuter efter vem man ringer om en lucka.")
                            .withPlace("Butiken i Mölndal"));
        });
        return journey.id();
    }
}

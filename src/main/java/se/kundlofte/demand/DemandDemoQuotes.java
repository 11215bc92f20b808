package se.kundlofte.demand;

import java.util.List;
import java.util.Map;
import java.util.Random;
import se.kundlofte.base.JourneyPhase;

/** What customers say, in their own words, for the demo contacts. */
final class DemandDemoQuotes {

    private static final Map<String, List<String>> FAILURE = Map.of(
            "NOT_DONE",
                    List.of(
                            "Jag ringer igen om leveransen, ni sa att den skulle komma i tisdags.",
                            "Har ni glömt oss? Vi har väntat på återkoppling i två veckor.",
                            "Vad händer med min beställning? Ingen har hört av sig."),
            "WAITING",
                    List.of(
                            "Jag har stått i kö i fyrtio minuter.",
                            "Hur länge ska vi behöva vänta på teknikern?",
                            "Det tar alldeles för lång tid att få svar på mejl."),
            "MISSING_INFO",
                    List.of(
                            "Jag förstår inte vad det står i bekräftelsen.",
                            "Vilken dag kommer ni egentligen?",
                            "Det framgår inte av avtalet vad som ingår."),
            "WRONG_INVOICE",
                    List.of(
                            "Fakturan stämmer inte med offerten.",
                            "Vi har fått dubbla fakturor för samma månad.",
                            "Varför debiterar ni för installation när det ingick?"),
            "ERROR_CORRECTION",
                    List.of(
                            "Det ni levererade var fel modell.",
                            "Adressen är fortfarande fel i ert system.",
                            "Ni har registrerat fel kontaktperson igen."),
            "REPEAT_CONTACT",
                    List.of(
                            "Jag ringde om det här förra veckan också.",
                            "Felet är inte åtgärdat, det är tredje gången.",
                            "Ni lovade att det var löst, men det är det inte."),
            "UNKNOWLEDGEABLE",
                    List.of(
                            "Den jag pratade med visste inte hur produkten fungerar.",
                            "Jag blev kopplad runt mellan tre personer."),
            "CUSTOMER_DOES_OUR_WORK",
                    List.of(
                            "Varför måste jag fylla i en felrapport på webben först?",
                            "Jag har redan skickat bilderna, ska jag göra det igen?"),
            "MISSED_PROMISE", List.of("Montören kom aldrig trots bokad tid.", "Ni lovade att ringa tillbaka i går."));

    private static final List<String> VALUE = List.of(
            "Vi vill beställa ytterligare tio enheter till det nya kontoret.",
            "Kan ni lämna en offert på service för nästa år?",
            "Vi behöver boka en installation i mars.",
            "Hur förlänger vi avtalet?",
            "Vi vill lägga till en användare i tjänsten.",
            "Kan ni rekommendera en lösning för vårt lager?");

    private static final Map<String, JourneyPhase> STAGE = Map.of(
            "NOT_DONE", JourneyPhase.DELIVERY_INSTALLATION,
            "WAITING", JourneyPhase.SUPPORT_AFTER_SALES,
            "MISSING_INFO", JourneyPhase.ORDER,
            "WRONG_INVOICE", JourneyPhase.USE,
            "ERROR_CORRECTION", JourneyPhase.DELIVERY_INSTALLATION,
            "REPEAT_CONTACT", JourneyPhase.SUPPORT_AFTER_SALES,
            "UNKNOWLEDGEABLE", JourneyPhase.SUPPORT_AFTER_SALES,
            "CUSTOMER_DOES_OUR_WORK", JourneyPhase.SUPPORT_AFTER_SALES,
            "MISSED_PROMISE", JourneyPhase.DELIVERY_INSTALLATION);

    private DemandDemoQuotes() {}

    static String failure(String cause, Random random) {
        List<String> quotes = FAILURE.get(cause);
        return quotes.get(random.nextInt(quotes.size()));
    }

    static String value(Random random) {
        return VALUE.get(random.nextInt(VALUE.size()));
    }

    static JourneyPhase stageOf(String cause) {
        return STAGE.get(cause);
    }
}

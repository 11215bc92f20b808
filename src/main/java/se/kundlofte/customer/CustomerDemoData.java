package se.kundlofte.customer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.kundlofte.base.demo.DemoData;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.security.Permission;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserRef;

/** About 40 Swedish customers across industries, with stakeholders and needs. */
@Component
class CustomerDemoData implements DemoData {

    private static final String[][] CUSTOMERS = {
        // name, industry (sv), segment, key account
        {"Norrlandsbygg AB", "Bygg och anläggning", "MID_SIZE", "true"},
        {"Skanstulls Fasad & Tak AB", "Bygg och anläggning", "SMALL_BUSINESS", "false"},
        {"Mälardalens Anläggning AB", "Bygg och anläggning", "MID_SIZE", "false"},
        {"Byggpartner i Väst AB", "Bygg och anläggning", "ENTERPRISE", "true"},
        {"Region Västra Götaland", "Vård och omsorg", "PUBLIC_SECTOR", "true"},
        {"Solgläntans Äldreboende AB", "Vård och omsorg", "SMALL_BUSINESS", "false"},
        {"Vårdcentralen Kungsholmen AB", "Vård och omsorg", "SMALL_BUSINESS", "false"},
        {"Hemtjänst Öst i Linköping AB", "Vård och omsorg", "MID_SIZE", "false"},
        {"Tandvårdshuset Lund AB", "Vård och omsorg", "SMALL_BUSINESS", "false"},
        {"ICA Kvantum Flygfyren", "Handel", "MID_SIZE", "false"},
        {"Åhléns Citybutiker AB", "Handel", "ENTERPRISE", "true"},
        {"Järnhandeln i Ystad AB", "Handel", "SMALL_BUSINESS", "false"},
        {"Sportkedjan Norden AB", "Handel", "ENTERPRISE", "false"},
        {"Stockholms stad, Trafikkontoret", "Offentlig sektor", "PUBLIC_SECTOR", "true"},
        {"Umeå kommun", "Offentlig sektor", "PUBLIC_SECTOR", "false"},
        {"Försäkringskassan", "Offentlig sektor", "PUBLIC_SECTOR", "true"},
        {"Länsstyrelsen i Dalarnas län", "Offentlig sektor", "PUBLIC_SECTOR", "false"},
        {"Trafikverket Region Mitt", "Offentlig sektor", "PUBLIC_SECTOR", "false"},
        {"Verkstads AB Sandviken", "Tillverkning", "ENTERPRISE", "true"},
        {"Gnosjö Fjäderfabrik AB", "Tillverkning", "SMALL_BUSINESS", "false"},
        {"Smålands Möbelsnickeri AB", "Tillverkning", "SMALL_BUSINESS", "false"},
        {"Västerås Elmotor AB", "Tillverkning", "MID_SIZE", "false"},
        {"Borås Textil & Väveri AB", "Tillverkning", "MID_SIZE", "false"},
        {"Hotell Kungsgatan Göteborg AB", "Hotell och restaurang", "MID_SIZE", "false"},
        {"Restaurang Sjöboden i Visby", "Hotell och restaurang", "SMALL_BUSINESS", "false"},
        {"Fjällhotellen i Åre AB", "Hotell och restaurang", "MID_SIZE", "true"},
        {"Konferensgården Sigtuna AB", "Hotell och restaurang", "SMALL_BUSINESS", "false"},
        {"Nordisk Åkeri & Logistik AB", "Transport och logistik", "ENTERPRISE", "true"},
        {"Budbilen i Malmö AB", "Transport och logistik", "SMALL_BUSINESS", "false"},
        {"Hamnterminalen Gävle AB", "Transport och logistik", "MID_SIZE", "false"},
        {"Molnkraft IT-drift AB", "IT och telekom", "MID_SIZE", "false"},
        {"Norrsken Fiber ekonomisk förening", "IT och telekom", "NON_PROFIT", "false"},
        {"Kraftbolaget Mellansverige AB", "Energi", "ENTERPRISE", "true"},
        {"Solpanelsmontage Öland AB", "Energi", "SMALL_BUSINESS", "false"},
        {"Bostadsstiftelsen Hemgården", "Fastigheter", "NON_PROFIT", "false"},
        {"Fastighets AB Stadsporten", "Fastigheter", "MID_SIZE", "true"},
        {"Sparbanken Bergslagen", "Bank och finans", "MID_SIZE", "false"},
        {"Folkhögskolan Vindeln", "Utbildning", "NON_PROFIT", "false"},
        {"Friskolan Lärkan AB", "Utbildning", "SMALL_BUSINESS", "false"},
        {"Yrkeshögskolan Norr AB", "Utbildning", "SMALL_BUSINESS", "false"},
    };

    private static final String[] FIRST = {
        "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Per", "Sofia", "Mikael", "Lena", "Anders",
        "Emma", "Nils", "Ingrid", "Oskar", "Sara", "Björn", "Helena", "Gustav", "Linnea", "Mats", "Åsa", "Örjan"
    };
    private static final String[] LAST = {
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Lindberg", "Lindström", "Bergström", "Åberg", "Öhman", "Holmgren", "Sjöberg"
    };
    private static final Object[][] ROLES = {
        {"VD", EnumSet.of(CustomerRole.DECISION_MAKER)},
        {"Inköpschef", EnumSet.of(CustomerRole.DECISION_MAKER, CustomerRole.PAYER)},
        {"Ekonomichef", EnumSet.of(CustomerRole.PAYER)},
        {"Driftansvarig", EnumSet.of(CustomerRole.USER, CustomerRole.PERFORMER)},
        {"Verksamhetsutvecklare", EnumSet.of(CustomerRole.ASSESSOR)},
        {"Projektledare", EnumSet.of(CustomerRole.PERFORMER)},
        {"Kvalitetssamordnare", EnumSet.of(CustomerRole.ASSESSOR, CustomerRole.USER)},
        {"Användare i verksamheten", EnumSet.of(CustomerRole.USER)},
    };
    private static final String[][] NEEDS = {
        {"DIRECT", "Leverans i tid", "Leveranser ska komma den dag vi lovat, utan att kunden behöver jaga."},
        {"DIRECT", "Snabb felavhjälpning", "Fel ska åtgärdas inom avtalad tid och kunden ska få veta när."},
        {"DIRECT", "Korrekta fakturor", "Fakturan ska stämma med avtal och leverans första gången."},
        {"DIRECT", "Installation utan störningar", "Arbetet ska planeras så att verksamheten kan fortgå."},
        {"INDIRECT", "Känna sig trygg", "Veta vem som äger ärendet och att det blir gjort."},
        {"INDIRECT", "Professionellt bemötande", "Kunnig personal som förstår kundens verksamhet."},
        {"INDIRECT", "Korta väntetider", "Inte behöva vänta i telefonkö eller på återkoppling."},
        {"INDIRECT", "Slippa göra vårt jobb", "Inte behöva fylla i formulär eller rapportera det vi redan vet."},
    };

    private final CustomerService customers;
    private final StakeholderService stakeholders;
    private final NeedService needs;
    private final IndustryService industries;
    private final UserDirectory userDirectory;

    CustomerDemoData(
            CustomerService customers,
            StakeholderService stakeholders,
            NeedService needs,
            IndustryService industries,
            UserDirectory userDirectory) {
        this.customers = customers;
        this.stakeholders = stakeholders;
        this.needs = needs;
        this.industries = industries;
        this.userDirectory = userDirectory;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        Random random = new Random(2026);
        Map<String, Long> industryIds = industries.list(false).stream()
                .collect(Collectors.toMap(ReferenceItem::nameSv, ReferenceItem::id, (a, b) -> a));
        List<UserRef> sellers = userDirectory.activeWithPermission(Permission.CUSTOMER_OWN);
        for (int i = 0; i < CUSTOMERS.length; i++) {
            String[] row = CUSTOMERS[i];
            String orgNumber = segmentOrgPrefix(row[2]) + String.format("%07d", 1000 + random.nextInt(8_999_000));
            CustomerDetails customer = customers.create(new CustomerForm(
                    row[0],
                    OrgNumber.withCheckDigit(orgNumber.substring(0, 9)),
                    industryIds.get(row[1]),
                    Segment.valueOf(row[2]),
                    Boolean.parseBoolean(row[3]),
                    sellers.isEmpty() ? null : sellers.get(i % sellers.size()).id(),
                    i % 5 == 0 ? "Ramavtal löper ut nästa år – förnyelse diskuteras." : null));
            addStakeholders(customer.id(), row[0], random, i);
            addNeeds(customer.id(), random);
        }
    }

    /** Public bodies have 2xxxxx numbers, companies 55xxxx, associations 7xxxxx. */
    private static String segmentOrgPrefix(String segment) {
        return switch (segment) {
            case "PUBLIC_SECTOR" -> "21";
            case "NON_PROFIT" -> "76";
            default -> "55";
        };
    }

    @SuppressWarnings("unchecked")
    private void addStakeholders(long customerId, String customerName, Random random, int index) {
        int count = 2 + random.nextInt(5);
        String domain = ascii(customerName).replaceAll("[^a-z]", "").replaceAll("(ab|ekonomiskforening)$", "") + ".se";
        List<Integer> roleOrder = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        java.util.Collections.shuffle(roleOrder, random);
        // Every seventh customer lacks a payer, so that the page's warning shows in the demo.
        if (index % 7 == 3) {
            roleOrder.removeIf(r -> r == 1 || r == 2);
        }
        for (int i = 0; i < count && i < roleOrder.size(); i++) {
            Object[] role = ROLES[roleOrder.get(i)];
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String email = ascii(first + "." + last) + "@" + domain;
            stakeholders.create(
                    customerId,
                    new StakeholderForm(
                            first + " " + last,
                            (String) role[0],
                            email,
                            "07" + "02369".charAt(random.nextInt(5)) + "-" + (100 + random.nextInt(900)) + " "
                                    + (10 + random.nextInt(90)) + " " + (10 + random.nextInt(90)),
                            (Set<CustomerRole>) role[1],
                            i == 0));
        }
    }

    private static String ascii(String text) {
        return text.toLowerCase(java.util.Locale.ROOT)
                .replace("å", "a")
                .replace("ä", "a")
                .replace("ö", "o")
                .replace("é", "e");
    }

    private void addNeeds(long customerId, Random random) {
        int count = 1 + random.nextInt(3);
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        java.util.Collections.shuffle(order, random);
        for (int i = 0; i < count; i++) {
            String[] need = NEEDS[order.get(i)];
            needs.create(customerId, new NeedForm(need[1], need[2], NeedKind.valueOf(need[0])));
        }
    }
}

package se.kundlofte.customer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.kundlofte.base.imports.ImportField;

/**
 * The columns of the customer CSV file. Headers are recognised in Swedish or English by their
 * synonyms (what other CRMs and spreadsheets call them), in any case and with or without accents,
 * spaces or punctuation; the export writes the first name of the user's language so that an
 * exported file imports again.
 */
enum CustomerCsvColumn {
    NAME(
            "namn",
            "name",
            "kund",
            "kundnamn",
            "företag",
            "företagsnamn",
            "organisation",
            "organisationsnamn",
            "company",
            "company name",
            "customer",
            "customer name",
            "account",
            "account name"),
    ORG_NUMBER(
            "organisationsnummer",
            "org_number",
            "orgnr",
            "org.nr",
            "org nr",
            "orgnummer",
            "organisationsnr",
            "organisation number",
            "organization number",
            "corporate id",
            "company number",
            "registration number"),
    INDUSTRY("bransch", "industry", "branschkod", "verksamhet", "sector"),
    SEGMENT("segment", "segment", "kundsegment", "kundtyp", "kundkategori", "customer type", "customer segment"),
    KEY_ACCOUNT("nyckelkund", "key_account", "key account", "keyaccount", "storkund", "viktig kund"),
    OWNER(
            "ansvarig_saljare",
            "owner",
            "ägare",
            "säljare",
            "ansvarig",
            "kundansvarig",
            "account manager",
            "account owner",
            "sales owner",
            "sales person",
            "salesperson"),
    NOTES(
            "anteckningar",
            "notes",
            "kommentar",
            "kommentarer",
            "comment",
            "comments",
            "övrigt",
            "beskrivning",
            "description"),
    STAKEHOLDER_NAME(
            "intressent",
            "stakeholder",
            "stakeholder_name",
            "kontaktperson",
            "kontakt",
            "kontaktnamn",
            "contact",
            "contact_name",
            "contact person"),
    STAKEHOLDER_TITLE("titel", "title", "stakeholder_title", "befattning", "job title", "position"),
    STAKEHOLDER_EMAIL("epost", "email", "stakeholder_email", "mail", "e-postadress", "email address"),
    STAKEHOLDER_PHONE(
            "telefon", "phone", "stakeholder_phone", "tel", "mobil", "mobile", "telefonnummer", "phone number"),
    STAKEHOLDER_ROLES("kundroller", "customer_roles", "roller", "roles", "kundroll", "roll", "role"),
    PRIMARY_CONTACT("huvudkontakt", "primary_contact", "primar_kontakt", "primarykontakt", "main contact");

    private final String swedish;
    private final String english;
    private final ImportField field;

    CustomerCsvColumn(String swedish, String english, String... more) {
        this.swedish = swedish;
        this.english = english;
        List<String> synonyms = new java.util.ArrayList<>(List.of(swedish, english));
        synonyms.addAll(Arrays.asList(more));
        this.field = new ImportField(name(), "import.field." + name(), "NAME".equals(name()), synonyms);
    }

    String header(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? swedish : english;
    }

    String key() {
        return field.key();
    }

    /** The import fields of the customer file, in column order of the export. */
    static List<ImportField> fields() {
        return Arrays.stream(values()).map(c -> c.field).toList();
    }
}

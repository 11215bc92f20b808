package se.kundlofte.customer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the customer CSV file. Headers are recognised in Swedish or English, in any
 * case and with or without spaces, dots, dashes or underscores; the export writes the first alias
 * of the user's language so that an exported file imports again.
 */
enum CustomerCsvColumn {
    NAME("namn", "name"),
    ORG_NUMBER("organisationsnummer", "org_number", "orgnr", "organisationnumber", "orgnumber"),
    INDUSTRY("bransch", "industry"),
    SEGMENT("segment", "segment"),
    KEY_ACCOUNT("nyckelkund", "key_account", "keyaccount"),
    OWNER("ansvarig_saljare", "owner", "agare", "saljare", "ansvarig"),
    NOTES("anteckningar", "notes", "kommentar", "comment"),
    STAKEHOLDER_NAME("intressent", "stakeholder", "stakeholder_name", "kontaktperson", "contact", "contact_name"),
    STAKEHOLDER_TITLE("titel", "title", "stakeholder_title", "befattning"),
    STAKEHOLDER_EMAIL("epost", "email", "stakeholder_email", "mail"),
    STAKEHOLDER_PHONE("telefon", "phone", "stakeholder_phone", "tel", "mobil", "mobile"),
    STAKEHOLDER_ROLES("kundroller", "customer_roles", "roller", "roles"),
    PRIMARY_CONTACT("huvudkontakt", "primary_contact", "primar_kontakt", "primarykontakt");

    private final String swedish;
    private final String english;
    private final List<String> aliases;

    CustomerCsvColumn(String swedish, String english, String... more) {
        this.swedish = swedish;
        this.english = english;
        this.aliases = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(swedish, english), java.util.Arrays.stream(more))
                .map(CustomerCsvColumn::normalize)
                .toList();
    }

    String header(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? swedish : english;
    }

    static Optional<CustomerCsvColumn> of(String header) {
        String key = normalize(header);
        for (CustomerCsvColumn column : values()) {
            if (column.aliases.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Lower case, without accents, spaces, dots, dashes or underscores: "E-post" → "epost". */
    static String normalize(String text) {
        String stripped = Normalizer.normalize(text == null ? "" : text.trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[\\s._\\-]", "");
    }
}

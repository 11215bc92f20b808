package se.kundlofte.satisfaction;

import java.util.Arrays;
import java.util.List;
import se.kundlofte.base.imports.ImportField;

/**
 * The columns of a survey response file, recognised in Swedish and English by what survey tools
 * and spreadsheets call them.
 */
enum SurveyCsvColumn {
    TYPE(true, "typ", "type", "survey type", "enkättyp", "mått", "metric", "survey"),
    SCORE(true, "betyg", "score", "poäng", "svar", "värde", "rating", "value", "answer"),
    DATE(true, "datum", "date", "svarsdatum", "answered", "answered on", "response date", "submitted", "submitted at"),
    CUSTOMER(true, "kund", "customer", "företag", "company", "organisation", "account", "org.nr", "orgnr"),
    STAKEHOLDER(false, "intressent", "stakeholder", "kontaktperson", "contact", "respondent", "e-post", "email"),
    STAGE(false, "kundresa", "journey stage", "stage", "steg", "fas", "phase", "touchpoint", "journey"),
    COMMENT(false, "kommentar", "comment", "fritext", "feedback", "motivering", "reason", "verbatim"),
    CHANNEL(false, "kanal", "channel", "survey channel", "källa", "source", "medium"),
    EXTERNAL_ID(
            false, "externt id", "external id", "response id", "svars-id", "id", "responseid", "survey response id");

    private final boolean required;
    private final List<String> synonyms;

    SurveyCsvColumn(boolean required, String... synonyms) {
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    String key() {
        return name();
    }

    ImportField field() {
        return new ImportField(name(), "satisfaction.import.field." + name(), required, synonyms);
    }

    static List<ImportField> fields() {
        return Arrays.stream(values()).map(SurveyCsvColumn::field).toList();
    }
}

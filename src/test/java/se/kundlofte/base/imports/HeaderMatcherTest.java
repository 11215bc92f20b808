package se.kundlofte.base.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderMatcherTest {

    static final List<ImportField> FIELDS = List.of(
            new ImportField("NAME", "f.name", true, List.of("namn", "kund", "kundnamn", "företagsnamn", "company")),
            new ImportField("ORG", "f.org", false, List.of("organisationsnummer", "orgnr")),
            new ImportField("EMAIL", "f.email", false, List.of("epost", "email")));

    @Test
    void headersMatchSynonymsWhateverTheCaseAccentsSpacesAndDots() {
        ColumnMapping mapping = HeaderMatcher.match(List.of(" KUND ", "Org.nr", "E-post"), FIELDS, Map.of());
        assertThat(mapping.fields()).containsExactly("NAME", "ORG", "EMAIL");

        assertThat(HeaderMatcher.match(List.of("Företagsnamn", "ORG_NR", "e-mail"), FIELDS, Map.of())
                        .fields())
                .containsExactly("NAME", "ORG", "EMAIL");
        assertThat(HeaderMatcher.match(List.of("foretagsnamn"), FIELDS, Map.of())
                        .fields())
                .containsExactly("NAME");
    }

    @Test
    void unknownHeadersStayUnmatchedAndBlankOnesAreIgnored() {
        ColumnMapping mapping = HeaderMatcher.match(List.of("Kundnummer", "Namn", ""), FIELDS, Map.of());
        assertThat(mapping.fields()).containsExactly(ColumnMapping.UNMATCHED, "NAME", ColumnMapping.IGNORE);
    }

    @Test
    void aFieldFillsOneColumnOnly() {
        ColumnMapping mapping = HeaderMatcher.match(List.of("Kund", "Company"), FIELDS, Map.of());
        assertThat(mapping.fields()).containsExactly("NAME", ColumnMapping.UNMATCHED);

        ColumnMapping moved = mapping.with(1, "NAME");
        assertThat(moved.fields()).containsExactly(ColumnMapping.UNMATCHED, "NAME");
    }

    @Test
    void theUsersEarlierChoiceWinsOverSynonyms() {
        Map<String, String> remembered = Map.of("kundnummer", ColumnMapping.IGNORE, "kund", "EMAIL", "id", "GONE");
        ColumnMapping mapping = HeaderMatcher.match(List.of("Kundnummer", "Kund", "Namn", "ID"), FIELDS, remembered);
        assertThat(mapping.fields()).containsExactly(ColumnMapping.IGNORE, "EMAIL", "NAME", ColumnMapping.UNMATCHED);
    }

    @Test
    void decisionsAreWhatIsRemembered() {
        ColumnMapping mapping = HeaderMatcher.match(List.of("Kundnummer", "Kund", "E-post"), FIELDS, Map.of())
                .with(0, ColumnMapping.IGNORE);
        assertThat(mapping.decisions())
                .containsExactly(
                        Map.entry("kundnummer", ColumnMapping.IGNORE),
                        Map.entry("kund", "NAME"),
                        Map.entry("epost", "EMAIL"));
        assertThat(HeaderMatcher.match(List.of("Okänd"), FIELDS, Map.of()).decisions())
                .isEmpty();
    }

    @Test
    void keysIgnoreCaseAccentsAndPunctuation() {
        assertThat(ImportText.key(" Org.nr ")).isEqualTo("orgnr");
        assertThat(ImportText.key("Vård & Omsorg")).isEqualTo("vardochomsorg");
        assertThat(ImportText.key("E-post")).isEqualTo("epost");
        assertThat(ImportText.key("Ansvarig_säljare")).isEqualTo("ansvarigsaljare");
    }
}

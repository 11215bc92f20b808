package se.kundlofte.base.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kundlofte.base.imports.ValueMatcher.Choice;

class ValueMatcherTest {

    static final ValueMatcher<String> INDUSTRIES = new ValueMatcher<>(List.of(
            new Choice<>("1", "care", "Vård och omsorg", List.of("Health care")),
            new Choice<>("2", "retail", "Handel", List.of("Retail")),
            new Choice<>("3", "public", "Offentlig sektor", List.of("Public sector")),
            new Choice<>("4", "it", "IT och telekom", List.of("IT and telecom"))));

    static final ValueMatcher<String> SEGMENTS = new ValueMatcher<>(List.of(
            new Choice<>("ENTERPRISE", "e", "Storföretag", List.of("Enterprise"), List.of("privat", "företag")),
            new Choice<>("SMALL", "s", "Småföretag", List.of("Small business"), List.of("privat", "företag")),
            new Choice<>("PUBLIC", "p", "Offentlig sektor", List.of("Public sector"), List.of("kommun"))));

    static final ValueMatcher<Boolean> YES_NO = new ValueMatcher<>(List.of(
            new Choice<>("true", true, "ja", List.of("yes", "j", "y", "x", "1")),
            new Choice<>("false", false, "nej", List.of("no", "n", "0"))));

    @Test
    void ourNamesInEitherLanguageMatchExactly() {
        assertThat(INDUSTRIES.match("vård OCH omsorg").exact())
                .map(Choice::value)
                .contains("care");
        assertThat(INDUSTRIES.match("Health-care").exact()).map(Choice::value).contains("care");
        assertThat(INDUSTRIES.match("IT & telekom").exact()).map(Choice::value).contains("it");
        assertThat(YES_NO.match("X").exact()).map(Choice::value).contains(true);
    }

    @Test
    void beginningsAndPartsAreOnlySuggestions() {
        var vard = INDUSTRIES.match("Vård");
        assertThat(vard.exact()).isEmpty();
        assertThat(vard.suggestionLabels()).containsExactly("Vård och omsorg");
        assertThat(INDUSTRIES.match("Offentlig").suggestionLabels()).containsExactly("Offentlig sektor");
        assertThat(INDUSTRIES.match("omsorg").suggestionLabels()).containsExactly("Vård och omsorg");
        assertThat(INDUSTRIES.match("IT").suggestionLabels()).containsExactly("IT och telekom");
    }

    @Test
    void synonymsSuggestOneOrSeveralValuesBestFirst() {
        assertThat(SEGMENTS.match("Privat").suggestionLabels()).containsExactly("Storföretag", "Småföretag");
        assertThat(SEGMENTS.match("Företag").suggestionLabels()).containsExactly("Storföretag", "Småföretag");
        assertThat(SEGMENTS.match("Kommun").suggestionLabels()).containsExactly("Offentlig sektor");
        assertThat(SEGMENTS.match("Offentlig").suggestionLabels()).containsExactly("Offentlig sektor");
    }

    @Test
    void nonsenseMatchesNothingAndShortNamesAreNotFoundInsideWords() {
        assertThat(INDUSTRIES.match("Gruvdrift").suggestions()).isEmpty();
        // "maybe" contains "y", "kanske" contains "n": not a yes or a no.
        assertThat(YES_NO.match("maybe").suggestions()).isEmpty();
        assertThat(YES_NO.match("kanske").suggestions()).isEmpty();
        assertThat(INDUSTRIES.match("").exact()).isEmpty();
    }

    @Test
    void theValidValuesAreListedForMessages() {
        assertThat(INDUSTRIES.validLabels()).isEqualTo("Vård och omsorg, Handel, Offentlig sektor, IT och telekom");
    }
}

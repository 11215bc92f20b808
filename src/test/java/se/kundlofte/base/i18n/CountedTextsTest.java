package se.kundlofte.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Texts with a count say one thing for one and another for many, in both languages. */
class CountedTextsTest {

    private final TranslationProvider texts = new TranslationProvider();

    private String classified(java.util.Locale locale, long count) {
        return texts.getTranslation("demand.triage.done", locale, count).replace('\u00a0', ' ');
    }

    @Test
    void oneContactIsSingularAndManyArePlural() {
        assertThat(classified(TranslationProvider.ENGLISH, 1)).isEqualTo("One contact was classified.");
        assertThat(classified(TranslationProvider.ENGLISH, 3)).isEqualTo("3 contacts were classified.");
        assertThat(classified(TranslationProvider.ENGLISH, 2500)).isEqualTo("2,500 contacts were classified.");
        assertThat(classified(TranslationProvider.SWEDISH, 1)).isEqualTo("En kontakt klassificerades.");
        assertThat(classified(TranslationProvider.SWEDISH, 3)).isEqualTo("3 kontakter klassificerades.");
        assertThat(classified(TranslationProvider.SWEDISH, 2500)).isEqualTo("2 500 kontakter klassificerades.");
    }
}

package se.kundlofte.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The provider keeps parsed patterns; texts stay right in both languages and under many threads. */
class TranslationProviderTest {

    private final TranslationProvider texts = new TranslationProvider();

    private String classified(java.util.Locale locale, long count) {
        return texts.getTranslation("demand.triage.done", locale, count).replace('\u00a0', ' ');
    }

    @Test
    void aKeptPatternFormatsEachLanguageAndEachValueOnItsOwn() {
        assertThat(classified(TranslationProvider.SWEDISH, 2500)).isEqualTo("2 500 kontakter klassificerades.");
        assertThat(classified(TranslationProvider.ENGLISH, 2500)).isEqualTo("2,500 contacts were classified.");
        assertThat(classified(TranslationProvider.SWEDISH, 1)).isEqualTo("En kontakt klassificerades.");
        assertThat(texts.getTranslation("board.daysInStage", java.util.Locale.of("sv", "FI"), 3))
                .isEqualTo("3 d i kolumnen");
        assertThat(texts.getTranslation("no.such.key", TranslationProvider.ENGLISH, 1))
                .isEqualTo("!no.such.key!");
    }

    @Test
    void manyThreadsFormattingTheSamePatternEachGetTheirOwnText() throws Exception {
        List<Future<List<String>>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 2000; i++) {
                        long count = 1000L * thread + i + 2;
                        String text = classified(TranslationProvider.ENGLISH, count);
                        String expected =
                                String.format(java.util.Locale.ENGLISH, "%,d contacts were classified.", count);
                        if (!text.equals(expected)) {
                            wrong.add(text + " ≠ " + expected);
                        }
                    }
                    return wrong;
                }));
            }
        }
        for (Future<List<String>> result : results) {
            assertThat(result.get()).isEmpty();
        }
    }
}

package se.kundlofte.satisfaction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.base.imports.ValueMatcher;
import se.kundlofte.base.imports.ValueMatcher.Choice;

/** The reference values a survey file may name: types, journey stages and survey channels, in both languages. */
final class SurveyImportValues {

    private final ValueMatcher<SurveyType> types;
    private final ValueMatcher<JourneyPhase> stages;
    private final ValueMatcher<SurveyChannel> channels;

    SurveyImportValues(TranslationProvider translations, Locale locale) {
        types = new ValueMatcher<>(List.of(
                new Choice<>(
                        "NPS",
                        SurveyType.NPS,
                        "NPS",
                        List.of("net promoter score", "rekommendation"),
                        List.of("promoter")),
                new Choice<>(
                        "CSAT",
                        SurveyType.CSAT,
                        "CSAT",
                        List.of("customer satisfaction", "nöjdhet", "kundnöjdhet", "nki"),
                        List.of("satisfaction")),
                new Choice<>(
                        "CES",
                        SurveyType.CES,
                        "CES",
                        List.of("customer effort score", "ansträngning", "kundansträngning"),
                        List.of("effort"))));
        stages = new ValueMatcher<>(Arrays.stream(JourneyPhase.values())
                .map(s -> new Choice<>(
                        s.name(),
                        s,
                        translations.getTranslation(s.translationKey(), locale),
                        List.of(
                                s.name(),
                                translations.getTranslation(s.translationKey(), TranslationProvider.SWEDISH),
                                translations.getTranslation(s.translationKey(), TranslationProvider.ENGLISH))))
                .toList());
        channels = new ValueMatcher<>(Arrays.stream(SurveyChannel.values())
                .map(c -> new Choice<>(
                        c.name(),
                        c,
                        translations.getTranslation(c.translationKey(), locale),
                        List.of(
                                c.name(),
                                translations.getTranslation(c.translationKey(), TranslationProvider.SWEDISH),
                                translations.getTranslation(c.translationKey(), TranslationProvider.ENGLISH))))
                .toList());
    }

    ValueMatcher<SurveyType> types() {
        return types;
    }

    ValueMatcher<JourneyPhase> stages() {
        return stages;
    }

    ValueMatcher<SurveyChannel> channels() {
        return channels;
    }
}

package se.kundlofte.customer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import se.kundlofte.base.i18n.TranslationProvider;
import se.kundlofte.base.imports.ValueMatcher;
import se.kundlofte.base.imports.ValueMatcher.Choice;
import se.kundlofte.user.UserRef;

/**
 * The reference values a customer file may name, with the words people use for them: our names
 * in Swedish and English match exactly; common words from spreadsheets and other CRMs
 * ("Privat", "Kommun", "Ekonomi") only suggest a value for the user to accept.
 */
final class CustomerImportValues {

    /** Words that mean a segment but are not its name; a word may suggest several segments. */
    private static final Map<Segment, List<String>> SEGMENT_SYNONYMS = Map.of(
            Segment.ENTERPRISE,
            List.of(
                    "privat",
                    "privat sektor",
                    "företag",
                    "näringsliv",
                    "private",
                    "business",
                    "company",
                    "stort företag",
                    "koncern",
                    "large",
                    "large company",
                    "corporate"),
            Segment.MID_SIZE,
            List.of(
                    "privat",
                    "privat sektor",
                    "företag",
                    "näringsliv",
                    "private",
                    "business",
                    "company",
                    "medelstort",
                    "mellanstort företag",
                    "medium",
                    "sme"),
            Segment.SMALL_BUSINESS,
            List.of(
                    "privat",
                    "privat sektor",
                    "företag",
                    "näringsliv",
                    "private",
                    "business",
                    "company",
                    "litet företag",
                    "småföretagare",
                    "small",
                    "sme"),
            Segment.PUBLIC_SECTOR,
            List.of(
                    "offentlig",
                    "kommun",
                    "region",
                    "landsting",
                    "myndighet",
                    "stat",
                    "public",
                    "government",
                    "municipality"),
            Segment.NON_PROFIT,
            List.of("ideell", "förening", "stiftelse", "ideell förening", "ngo", "charity", "non profit"));

    private static final Map<CustomerRole, List<String>> ROLE_SYNONYMS = Map.of(
            CustomerRole.DECISION_MAKER, List.of("beslutare", "chef", "decider", "approver", "sponsor"),
            CustomerRole.USER, List.of("användare", "slutanvändare", "end user"),
            CustomerRole.PERFORMER, List.of("utförande", "operatör", "operator", "handläggare"),
            CustomerRole.PAYER, List.of("ekonomi", "fakturamottagare", "betalningsansvarig", "billing", "invoice"),
            CustomerRole.ASSESSOR, List.of("granskare", "utvärderare", "reviewer", "evaluator"));

    private final ValueMatcher<Long> industries;
    private final ValueMatcher<Segment> segments;
    private final ValueMatcher<CustomerRole> roles;
    private final ValueMatcher<Boolean> yesNo;
    private final ValueMatcher<Long> owners;

    /** A list of codes: matched by code, by both languages' names and by the synonyms people use. */
    private static <E extends Enum<E>> ValueMatcher<E> enumMatcher(
            E[] values,
            Function<E, String> translationKey,
            Map<E, List<String>> synonyms,
            TranslationProvider translations,
            Locale locale) {
        return new ValueMatcher<>(Arrays.stream(values)
                .map(value -> new Choice<>(
                        value.name(),
                        value,
                        translations.getTranslation(translationKey.apply(value), locale),
                        names(value.name(), translationKey.apply(value), translations),
                        synonyms.get(value)))
                .toList());
    }

    CustomerImportValues(
            List<Industry> industryList, List<UserRef> salesPeople, TranslationProvider translations, Locale locale) {
        boolean swedish = "sv".equals(locale.getLanguage());
        industries = new ValueMatcher<>(industryList.stream()
                .map(i -> new Choice<>(
                        String.valueOf(i.getId()),
                        i.getId(),
                        swedish ? i.getNameSv() : i.getNameEn(),
                        List.of(i.getNameSv(), i.getNameEn())))
                .toList());
        segments = enumMatcher(Segment.values(), Segment::translationKey, SEGMENT_SYNONYMS, translations, locale);
        roles = enumMatcher(CustomerRole.values(), CustomerRole::translationKey, ROLE_SYNONYMS, translations, locale);
        yesNo = new ValueMatcher<>(List.of(
                new Choice<>(
                        "true",
                        true,
                        translations.getTranslation("import.value.yes", locale),
                        List.of("ja", "yes", "j", "y", "true", "1", "x", "sant")),
                new Choice<>(
                        "false",
                        false,
                        translations.getTranslation("import.value.no", locale),
                        List.of("nej", "no", "n", "false", "0", "falskt"))));
        owners = new ValueMatcher<>(salesPeople.stream()
                .map(u -> new Choice<>(
                        u.username(),
                        u.id(),
                        u.fullName() + " (" + u.username() + ")",
                        List.of(u.username(), u.fullName())))
                .toList());
    }

    private static List<String> names(String code, String translationKey, TranslationProvider translations) {
        return List.of(
                code,
                translations.getTranslation(translationKey, TranslationProvider.SWEDISH),
                translations.getTranslation(translationKey, TranslationProvider.ENGLISH));
    }

    ValueMatcher<Long> industries() {
        return industries;
    }

    ValueMatcher<Segment> segments() {
        return segments;
    }

    ValueMatcher<CustomerRole> roles() {
        return roles;
    }

    ValueMatcher<Boolean> yesNo() {
        return yesNo;
    }

    ValueMatcher<Long> owners() {
        return owners;
    }
}

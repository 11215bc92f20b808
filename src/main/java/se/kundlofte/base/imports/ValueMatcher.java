package se.kundlofte.base.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Matches what a file says to one of our reference values. An exact name (case, accents and
 * punctuation ignored) matches; a synonym ("Privat" for a company segment), a name the text begins
 * ("Vård" for "Vård och omsorg") or a name containing the text is only a suggestion, which the user
 * accepts per distinct value.
 */
public final class ValueMatcher<T> {

    /** A single letter begins too many names to suggest one. */
    static final int PREFIX_MIN = 2;

    /** Texts shorter than this are not looked for inside names, nor names inside them ("IT" would be in too many). */
    static final int CONTAINS_MIN = 3;

    private final List<Choice<T>> choices;

    public ValueMatcher(List<Choice<T>> choices) {
        this.choices = List.copyOf(choices);
    }

    public List<Choice<T>> choices() {
        return choices;
    }

    /** The choice with this code, as a user's accepted suggestion names it. */
    public Optional<Choice<T>> byCode(String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Exact match, else suggestions (best first), else nothing. */
    public ValueMatch<T> match(String text) {
        String key = ImportText.key(text);
        if (key.isEmpty()) {
            return new ValueMatch<>(Optional.empty(), List.of());
        }
        for (Choice<T> choice : choices) {
            if (choice.names().contains(key)) {
                return new ValueMatch<>(Optional.of(choice), List.of());
            }
        }
        Set<Choice<T>> suggestions = new LinkedHashSet<>();
        choices.stream().filter(c -> c.synonyms().contains(key)).forEach(suggestions::add);
        if (key.length() >= PREFIX_MIN) {
            choices.stream()
                    .filter(c -> c.names().stream().anyMatch(name -> name.startsWith(key)))
                    .forEach(suggestions::add);
        }
        if (key.length() >= CONTAINS_MIN) {
            choices.stream()
                    .filter(c -> c.names().stream()
                            .anyMatch(name ->
                                    name.contains(key) || (name.length() >= CONTAINS_MIN && key.contains(name))))
                    .forEach(suggestions::add);
        }
        return new ValueMatch<>(Optional.empty(), List.copyOf(suggestions));
    }

    /** The valid values, for messages: "Handel, Tillverkning, …". */
    public String validLabels() {
        return String.join(", ", choices.stream().map(Choice::label).toList());
    }

    /**
     * One reference value.
     *
     * @param code stable identity (an id, an enum name, a username)
     * @param label what the user sees
     * @param names texts that match exactly (compared by {@link ImportText#key})
     * @param synonyms texts that only suggest this value
     */
    public record Choice<T>(String code, T value, String label, List<String> names, List<String> synonyms) {

        public Choice {
            names = Stream.concat(Stream.of(label), names.stream())
                    .map(ImportText::key)
                    .filter(k -> !k.isEmpty())
                    .distinct()
                    .toList();
            synonyms = synonyms.stream().map(ImportText::key).distinct().toList();
        }

        public Choice(String code, T value, String label, List<String> names) {
            this(code, value, label, names, List.of());
        }
    }

    /** The outcome of matching one text. */
    public record ValueMatch<T>(Optional<Choice<T>> exact, List<Choice<T>> suggestions) {

        public List<String> suggestionLabels() {
            return new ArrayList<>(suggestions.stream().map(Choice::label).toList());
        }
    }
}

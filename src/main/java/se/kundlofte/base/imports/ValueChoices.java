package se.kundlofte.base.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The values a user chose for texts that matched nothing exactly: field → value key → choice code. */
public record ValueChoices(Map<String, Map<String, String>> byField) {

    public static final ValueChoices NONE = new ValueChoices(Map.of());

    public ValueChoices {
        Map<String, Map<String, String>> copy = new HashMap<>();
        byField.forEach((field, values) -> copy.put(field, Map.copyOf(values)));
        byField = Map.copyOf(copy);
    }

    public Optional<String> get(String field, String valueKey) {
        return Optional.ofNullable(byField.getOrDefault(field, Map.of()).get(valueKey));
    }

    /** The same choices with one more (or one changed). */
    public ValueChoices with(String field, String valueKey, String code) {
        Map<String, Map<String, String>> copy = new HashMap<>(byField);
        Map<String, String> values = new HashMap<>(copy.getOrDefault(field, Map.of()));
        values.put(valueKey, code);
        copy.put(field, values);
        return new ValueChoices(copy);
    }

    /** The same choices without one. */
    public ValueChoices without(String field, String valueKey) {
        Map<String, Map<String, String>> copy = new HashMap<>(byField);
        Map<String, String> values = new HashMap<>(copy.getOrDefault(field, Map.of()));
        values.remove(valueKey);
        copy.put(field, values);
        return new ValueChoices(copy);
    }
}

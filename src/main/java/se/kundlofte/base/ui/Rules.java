package se.kundlofte.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;
import java.util.function.Function;

/** Turns a rule that returns a translation key into a Binder validator with a translated message. */
public final class Rules {

    private Rules() {}

    public static <T> Validator<T> validator(Component owner, Function<T, Optional<String>> rule, Object... args) {
        return (value, context) -> rule.apply(value)
                .map(key -> ValidationResult.error(owner.getTranslation(key, args)))
                .orElse(ValidationResult.ok());
    }
}

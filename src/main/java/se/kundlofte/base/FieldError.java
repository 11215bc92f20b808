package se.kundlofte.base;

import java.util.List;

/**
 * One rejected input value: the form field, a translation key for the message and its arguments.
 */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError(String field, String messageKey, Object... args) {
        this(field, messageKey, List.of(args));
    }
}

package se.kundlofte.base;

import java.util.List;

/** Input a service refused, field by field; nothing was saved. */
public class FieldValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public FieldValidationException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    /** Throws when the list is not empty. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
    }
}

package se.kundlofte.base;

import java.util.List;

/** Input a service refused, field by field; nothing was saved. */
public class FieldValidationException extends RuntimeException implements DomainException {

    private final transient List<FieldError> errors;

    public FieldValidationException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    /** The field messages in one line, for where no form shows them next to their fields. */
    @Override
    public String message(Translator translator) {
        return errors.stream()
                .map(e -> translator.translate(e.messageKey(), e.args().toArray()))
                .distinct()
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** Throws when the list is not empty. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
    }
}

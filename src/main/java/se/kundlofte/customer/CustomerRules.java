package se.kundlofte.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import se.kundlofte.base.FieldError;

/** Input rules for customers, stakeholders and needs, shared by forms, import and services. */
public final class CustomerRules {

    public static final int NAME_MAX = 160;
    public static final int NOTES_MAX = 4000;
    public static final int PERSON_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    public static final int NEED_TITLE_MAX = 160;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9][0-9 ()\\-]{4,39}");

    private CustomerRules() {}

    public static Optional<String> required(String value, int max) {
        if (value == null || value.isBlank()) {
            return Optional.of("validation.required");
        }
        return value.trim().length() > max ? Optional.of("validation.tooLong") : Optional.empty();
    }

    public static Optional<String> optional(String value, int max) {
        return value != null && value.trim().length() > max ? Optional.of("validation.tooLong") : Optional.empty();
    }

    public static Optional<String> orgNumber(String value) {
        return OrgNumber.isValidOrBlank(value) ? Optional.empty() : Optional.of("customer.error.orgNumber");
    }

    public static Optional<String> email(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        return trimmed.length() <= EMAIL_MAX && EMAIL.matcher(trimmed).matches()
                ? Optional.empty()
                : Optional.of("validation.email");
    }

    public static Optional<String> phone(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return PHONE.matcher(value.trim()).matches() ? Optional.empty() : Optional.of("validation.phone");
    }

    static List<FieldError> check(CustomerForm form) {
        List<FieldError> errors = new ArrayList<>();
        required(form.name(), NAME_MAX).ifPresent(key -> errors.add(new FieldError("name", key, NAME_MAX)));
        orgNumber(form.orgNumber()).ifPresent(key -> errors.add(new FieldError("orgNumber", key)));
        if (form.segment() == null) {
            errors.add(new FieldError("segment", "validation.choose"));
        }
        optional(form.notes(), NOTES_MAX).ifPresent(key -> errors.add(new FieldError("notes", key, NOTES_MAX)));
        return errors;
    }

    static List<FieldError> check(StakeholderForm form) {
        List<FieldError> errors = new ArrayList<>();
        required(form.name(), PERSON_MAX).ifPresent(key -> errors.add(new FieldError("name", key, PERSON_MAX)));
        optional(form.title(), PERSON_MAX).ifPresent(key -> errors.add(new FieldError("title", key, PERSON_MAX)));
        email(form.email()).ifPresent(key -> errors.add(new FieldError("email", key)));
        phone(form.phone()).ifPresent(key -> errors.add(new FieldError("phone", key)));
        if (form.roles() == null || form.roles().isEmpty()) {
            errors.add(new FieldError("roles", "stakeholder.error.roles"));
        }
        return errors;
    }

    static List<FieldError> check(NeedForm form) {
        List<FieldError> errors = new ArrayList<>();
        required(form.title(), NEED_TITLE_MAX)
                .ifPresent(key -> errors.add(new FieldError("title", key, NEED_TITLE_MAX)));
        optional(form.description(), NOTES_MAX)
                .ifPresent(key -> errors.add(new FieldError("description", key, NOTES_MAX)));
        if (form.kind() == null) {
            errors.add(new FieldError("kind", "validation.choose"));
        }
        return errors;
    }
}

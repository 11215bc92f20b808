package se.kundlofte.requirement;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.FieldError;

/** Input rules for requirement forms, shared by the forms and the services. */
public final class RequirementRules {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 10_000;
    public static final int REFERENCE_MAX = 500;
    public static final int SHORT_MAX = 300;
    public static final int ACTION_MAX = 500;

    private RequirementRules() {}

    static List<FieldError> check(RequirementForm form) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "title", form.title(), TITLE_MAX);
        optional(errors, "description", form.description(), TEXT_MAX);
        optional(errors, "sourceReference", form.sourceReference(), REFERENCE_MAX);
        if (form.source() == null) {
            errors.add(new FieldError("source", "requirement.error.source"));
        }
        return errors;
    }

    static List<FieldError> check(AnalysisForm form) {
        List<FieldError> errors = new ArrayList<>();
        optional(errors, "appliesWhy", form.appliesWhy(), TEXT_MAX);
        optional(errors, "realisticWhy", form.realisticWhy(), TEXT_MAX);
        optional(errors, "constraintsNote", form.constraintsNote(), TEXT_MAX);
        return errors;
    }

    static List<FieldError> check(PriorityForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.customerValue() != null && (form.customerValue() < 1 || form.customerValue() > 5)) {
            errors.add(new FieldError("customerValue", "validation.oneToFive"));
        }
        if (form.risk() != null && (form.risk() < 1 || form.risk() > 5)) {
            errors.add(new FieldError("risk", "validation.oneToFive"));
        }
        return errors;
    }

    static List<FieldError> check(MonitoringForm form) {
        List<FieldError> errors = new ArrayList<>();
        optional(errors, "indicator", form.indicator(), SHORT_MAX);
        optional(errors, "target", form.target(), SHORT_MAX);
        return errors;
    }

    static List<FieldError> check(ActionForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.type() == null) {
            errors.add(new FieldError("type", "validation.choose"));
        }
        required(errors, "description", form.description(), ACTION_MAX);
        return errors;
    }

    static List<FieldError> check(CommunicationForm form, java.time.LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "recipients", form.recipients(), REFERENCE_MAX);
        if (form.channel() == null) {
            errors.add(new FieldError("channel", "validation.choose"));
        }
        if (form.communicatedOn() == null) {
            errors.add(new FieldError("communicatedOn", "validation.required"));
        } else if (form.communicatedOn().isAfter(today.plusDays(1))) {
            errors.add(new FieldError("communicatedOn", "communication.error.future"));
        }
        required(errors, "summary", form.summary(), TEXT_MAX);
        return errors;
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (value.trim().length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }

    private static void optional(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }

    static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package se.kundlofte.journey;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.FieldError;

/** The input rules of journeys and stages, each broken rule a translated message at its field. */
final class JourneyRules {

    static final int NAME_MAX = 120;
    static final int DEPARTMENT_MAX = 80;
    static final int TEXT_MAX = 4000;
    static final int EMOTION_MIN = -2;
    static final int EMOTION_MAX = 2;

    private JourneyRules() {}

    static List<FieldError> journey(JourneyForm form, boolean standard) {
        List<FieldError> errors = new ArrayList<>();
        if (isBlank(form.name()) && !standard) {
            errors.add(new FieldError("name", "journey.error.name"));
        } else if (form.name() != null && form.name().strip().length() > NAME_MAX) {
            errors.add(new FieldError("name", "journey.error.tooLong", NAME_MAX));
        }
        text(errors, "description", form.description());
        if (form.gapFailurePercent() < 1 || form.gapFailurePercent() > 100) {
            errors.add(new FieldError("gapFailurePercent", "journey.error.gapPercent"));
        }
        return errors;
    }

    static List<FieldError> stageName(@Nullable String name) {
        if (isBlank(name)) {
            return List.of(new FieldError("name", "journey.error.stageName"));
        }
        if (name.strip().length() > NAME_MAX) {
            return List.of(new FieldError("name", "journey.error.tooLong", NAME_MAX));
        }
        return List.of();
    }

    static List<FieldError> content(StageContent c) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "customerDoes", c.customerDoes());
        text(errors, "customerThinks", c.customerThinks());
        if (c.emotion() != null && (c.emotion() < EMOTION_MIN || c.emotion() > EMOTION_MAX)) {
            errors.add(new FieldError("emotion", "journey.error.emotion"));
        }
        text(errors, "touchpoints", c.touchpoints());
        if (c.ownerDepartment() != null && c.ownerDepartment().strip().length() > DEPARTMENT_MAX) {
            errors.add(new FieldError("ownerDepartment", "journey.error.tooLong", DEPARTMENT_MAX));
        }
        text(errors, "painPoints", c.painPoints());
        text(errors, "opportunities", c.opportunities());
        return errors;
    }

    private static void text(List<FieldError> errors, String field, @Nullable String value) {
        if (value != null && value.strip().length() > TEXT_MAX) {
            errors.add(new FieldError(field, "journey.error.tooLong", TEXT_MAX));
        }
    }

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}

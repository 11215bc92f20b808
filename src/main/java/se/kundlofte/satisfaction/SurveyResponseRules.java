package se.kundlofte.satisfaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.JourneyPhase;

/**
 * The rules of a response that need no database: a type, a score on the type's scale, a date not
 * in the future, a known journey stage, and text lengths. Entry and import both use them, so a
 * file gets the same verdicts as the form.
 */
public final class SurveyResponseRules {

    public static final int COMMENT_MAX = 4000;
    public static final int EXTERNAL_ID_MAX = 100;

    private SurveyResponseRules() {}

    /** Field errors of the form, keyed by the form's field names. */
    public static List<FieldError> check(SurveyResponseForm form, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (form.type() == null) {
            errors.add(new FieldError("type", "validation.choose"));
        }
        score(form.type(), form.score()).ifPresent(errors::add);
        date(form.answeredOn(), today).ifPresent(errors::add);
        if (form.customerId() == null) {
            errors.add(new FieldError("customer", "validation.choose"));
        }
        if (form.journeyStage() != null && !isStage(form.journeyStage())) {
            errors.add(new FieldError("stage", "validation.choose"));
        }
        if (form.comment() != null && form.comment().trim().length() > COMMENT_MAX) {
            errors.add(new FieldError("comment", "validation.tooLong", COMMENT_MAX));
        }
        if (form.externalId() != null && form.externalId().trim().length() > EXTERNAL_ID_MAX) {
            errors.add(new FieldError("externalId", "validation.tooLong", EXTERNAL_ID_MAX));
        }
        return errors;
    }

    /** A missing score, or one outside the type's scale ("NPS is 0 to 10"). */
    public static Optional<FieldError> score(@Nullable SurveyType type, @Nullable Integer score) {
        if (score == null) {
            return Optional.of(new FieldError("score", "validation.required"));
        }
        if (type != null && !type.inScale(score)) {
            return Optional.of(
                    new FieldError("score", "satisfaction.error.scale", type.name(), type.min(), type.max()));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> date(@Nullable LocalDate answeredOn, LocalDate today) {
        if (answeredOn == null) {
            return Optional.of(new FieldError("answeredOn", "validation.required"));
        }
        if (answeredOn.isAfter(today)) {
            return Optional.of(new FieldError("answeredOn", "satisfaction.error.future"));
        }
        return Optional.empty();
    }

    static boolean isStage(String code) {
        for (JourneyPhase stage : JourneyPhase.values()) {
            if (stage.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

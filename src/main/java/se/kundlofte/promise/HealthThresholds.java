package se.kundlofte.promise;

import java.util.ArrayList;
import java.util.List;
import se.kundlofte.base.FieldError;

/**
 * The thresholds of a promise's health rules, set by its owner: the window looked at (days), the
 * tagged failure contacts that put it at risk or break it, and the fulfilment rates (percent of
 * checks kept) below which it is at risk or broken.
 */
public record HealthThresholds(int windowDays, int atRiskContacts, int brokenContacts, int atRiskRate, int brokenRate) {

    public static final HealthThresholds DEFAULTS = new HealthThresholds(90, 3, 10, 90, 75);

    /** What is wrong with the thresholds, field by field; empty when they make sense. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (windowDays < 7 || windowDays > 366) {
            errors.add(new FieldError("windowDays", "promise.error.window", 7, 366));
        }
        if (atRiskContacts < 1) {
            errors.add(new FieldError("atRiskContacts", "promise.error.atLeastOne"));
        }
        if (brokenContacts <= atRiskContacts) {
            errors.add(new FieldError("brokenContacts", "promise.error.brokenAboveAtRisk"));
        }
        if (atRiskRate < 1 || atRiskRate > 100) {
            errors.add(new FieldError("atRiskRate", "promise.error.percent"));
        }
        if (brokenRate < 0 || brokenRate >= atRiskRate) {
            errors.add(new FieldError("brokenRate", "promise.error.brokenRateBelow"));
        }
        return errors;
    }
}

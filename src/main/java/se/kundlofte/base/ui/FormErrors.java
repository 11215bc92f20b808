package se.kundlofte.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;

/** Shows a service's field errors next to the fields they concern, translated. */
public final class FormErrors {

    private FormErrors() {}

    /**
     * Marks each field named in the exception invalid with its message. Errors for fields the form
     * does not have are shown as a notification, so that no error is ever swallowed.
     */
    public static void show(
            Component form, FieldValidationException exception, Map<String, ? extends HasValidation> fields) {
        for (FieldError error : exception.getErrors()) {
            String message =
                    form.getTranslation(error.messageKey(), error.args().toArray());
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notifications.error(message);
            }
        }
    }
}

package se.kundlofte.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;

/**
 * Runs a save through a service and reports its verdict the same way everywhere: field errors at
 * the fields, broken rules as a message, a conflict to the caller (who offers a reload).
 */
public final class Saving {

    private Saving() {}

    /** True when the save succeeded. */
    public static <T> boolean run(
            Component owner,
            Supplier<T> action,
            Consumer<T> onSaved,
            @Nullable String successMessage,
            Map<String, ? extends HasValidation> fields,
            Runnable onConflict) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            T saved = action.get();
            onSaved.accept(saved);
            if (successMessage != null) {
                Notifications.success(successMessage);
            }
            return true;
        } catch (FieldValidationException e) {
            FormErrors.show(owner, e, fields);
        } catch (RuleViolationException e) {
            Notifications.error(owner.getTranslation(e.getMessageKey(), e.getArgs()));
        } catch (ConcurrentEditException | OptimisticLockingFailureException e) {
            onConflict.run();
        }
        return false;
    }
}

package se.kundlofte.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A dialog that saves through a service and shows its verdict the same way everywhere: field
 * errors at the fields, broken rules as a message, and a conflict banner with "load the latest
 * version" when someone else saved first. The dialog closes only when the save succeeded.
 */
public abstract class FormDialog extends Dialog {

    protected final Div conflict = new Div();

    protected FormDialog() {
        conflict.addClassName("form-conflict");
        conflict.setVisible(false);
        add(conflict);
    }

    /** The form's fields by the names the services use in their field errors. */
    protected abstract Map<String, ? extends HasValidation> fields();

    /** Loads the stored version again after a conflict. */
    protected abstract void reload();

    /** Runs a save; on success reports, passes the result on and closes. */
    protected <T> void save(Supplier<T> action, Consumer<T> onSaved, @Nullable String successMessage) {
        if (Saving.run(this, action, onSaved, successMessage, fields(), this::showConflict)) {
            close();
        }
    }

    /** The banner's message on a conflict; a dialog whose conflict is of another kind says so. */
    protected String conflictMessage() {
        return getTranslation("conflict.message");
    }

    /** True while the conflict banner is shown. */
    public boolean isConflictShown() {
        return conflict.isVisible();
    }

    private void showConflict() {
        conflict.removeAll();
        conflict.add(conflictMessage() + " ");
        Button reload = new Button(getTranslation("conflict.reload"), e -> {
            reload();
            conflict.setVisible(false);
        });
        reload.setId("conflict-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        conflict.add(reload);
        conflict.setVisible(true);
    }
}

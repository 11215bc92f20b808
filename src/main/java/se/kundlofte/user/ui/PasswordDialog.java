package se.kundlofte.user.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import java.util.function.Consumer;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.ui.FormErrors;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.security.PasswordPolicy;
import se.kundlofte.user.UserListItem;

/** An administrator sets a new password for a user, typed twice. */
class PasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    PasswordDialog(UserListItem user, Consumer<String> setPassword) {
        setHeaderTitle(getTranslation("users.password.title", user.fullName()));
        setWidth("min(28rem, 95vw)");
        password.setLabel(getTranslation("users.field.newPassword"));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setRequiredIndicatorVisible(true);
        repeat.setLabel(getTranslation("users.field.repeatPassword"));
        repeat.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.setText(getTranslation("users.password.set"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.error.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                setPassword.accept(password.getValue());
                Notifications.success(getTranslation("users.password.done", user.fullName()));
                close();
            } catch (FieldValidationException ex) {
                FormErrors.show(this, ex, Map.of("password", password));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}

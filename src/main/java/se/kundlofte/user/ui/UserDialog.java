package se.kundlofte.user.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.function.Consumer;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.base.ui.Rules;
import se.kundlofte.security.AppRoles;
import se.kundlofte.security.PasswordPolicy;
import se.kundlofte.user.UserListItem;
import se.kundlofte.user.UserRules;

/**
 * Create or edit a user. Takes the user and what to do on save; shows the service's verdict at
 * the fields, and a conflict message with a reload when someone else saved first.
 */
class UserDialog extends FormDialog {

    /** What the dialog asks of its owner; each call may throw the service's exceptions. */
    interface Actions {
        UserListItem save(UserFormModel model, UserListItem original);

        UserListItem setActive(UserListItem user, boolean active);

        UserListItem reload(long id);

        int openSessions(UserListItem user);

        int endSessions(UserListItem user);
    }

    final TextField fullName = new TextField();
    final TextField username = new TextField();
    final EmailField email = new EmailField();
    final TextField department = new TextField();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    final com.vaadin.flow.component.html.Span sessions = new com.vaadin.flow.component.html.Span();

    private final Binder<UserFormModel> binder = new Binder<>();
    private final Actions actions;
    private final Consumer<UserListItem> onChanged;
    private UserListItem original;

    UserDialog(UserListItem original, Actions actions, Consumer<UserListItem> onChanged) {
        this.original = original;
        this.actions = actions;
        this.onChanged = onChanged;
        boolean creating = original == null;
        setHeaderTitle(getTranslation(creating ? "users.dialog.createTitle" : "users.dialog.editTitle"));
        setWidth("min(40rem, 95vw)");
        configureFields(creating);

        FormLayout form = new FormLayout(fullName, username, email, department, roles);
        form.setColspan(roles, 2);
        if (creating) {
            form.add(password);
            form.setColspan(password, 2);
        }
        add(form);

        save.setText(getTranslation(creating ? "users.action.create" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (!creating) {
            int open = actions.openSessions(original);
            sessions.setText(getTranslation("users.sessions.open", open));
            Button end = new Button(getTranslation("users.sessions.end"), e -> {
                int ended = actions.endSessions(this.original);
                Notifications.success(getTranslation("users.sessions.ended", ended, this.original.fullName()));
                sessions.setText(getTranslation("users.sessions.open", 0));
                e.getSource().setEnabled(false);
            });
            end.setId("end-sessions");
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            end.setEnabled(open > 0);
            com.vaadin.flow.component.html.Div sessionRow = new com.vaadin.flow.component.html.Div(sessions, end);
            sessionRow.addClassName("session-row");
            add(sessionRow);
            Button toggle = new Button(
                    getTranslation(original.active() ? "users.action.deactivate" : "users.action.reactivate"));
            toggle.setId("toggle-active");
            toggle.addThemeVariants(original.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            toggle.addClickListener(e -> toggleActive());
            getFooter().add(toggle);
        }
        getFooter().add(cancel, save);

        binder.setBean(creating ? new UserFormModel() : UserFormModel.of(original));
    }

    private void configureFields(boolean creating) {
        fullName.setLabel(getTranslation("users.field.fullName"));
        fullName.setMaxLength(UserRules.NAME_MAX);
        fullName.setRequiredIndicatorVisible(true);
        username.setLabel(getTranslation("users.field.username"));
        username.setHelperText(creating ? getTranslation("users.field.usernameHelp") : null);
        username.setReadOnly(!creating);
        username.setRequiredIndicatorVisible(creating);
        email.setLabel(getTranslation("users.field.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(UserRules.EMAIL_MAX);
        // The field's own pattern check must speak our language too.
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("user.error.emailFormat"))
                .setMaxLengthErrorMessage(getTranslation("user.error.emailFormat")));
        department.setLabel(getTranslation("users.field.department"));
        department.setMaxLength(UserRules.DEPARTMENT_MAX);
        roles.setLabel(getTranslation("users.field.roles"));
        roles.setItems(AppRoles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation(AppRoles.translationKey(role)));
        roles.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("users.field.password"));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setRequiredIndicatorVisible(true);

        binder.forField(fullName)
                .withValidator(Rules.validator(this, UserRules::fullName, UserRules.NAME_MAX))
                .bind(UserFormModel::getFullName, UserFormModel::setFullName);
        if (creating) {
            binder.forField(username)
                    .withValidator(Rules.validator(this, UserRules::username))
                    .bind(UserFormModel::getUsername, UserFormModel::setUsername);
            binder.forField(password)
                    .withValidator(Rules.validator(
                            this,
                            (String value) ->
                                    PasswordPolicy.violation(value, UserRules.normalizeUsername(username.getValue())),
                            PasswordPolicy.MIN_LENGTH,
                            PasswordPolicy.MAX_LENGTH))
                    .bind(UserFormModel::getPassword, UserFormModel::setPassword);
        } else {
            binder.forField(username).bind(UserFormModel::getUsername, null);
        }
        binder.forField(email)
                .withValidator(Rules.validator(this, UserRules::email))
                .bind(UserFormModel::getEmail, UserFormModel::setEmail);
        binder.forField(department)
                .withValidator(Rules.validator(this, UserRules::department, UserRules.DEPARTMENT_MAX))
                .bind(UserFormModel::getDepartment, UserFormModel::setDepartment);
        binder.forField(roles)
                .withValidator(Rules.validator(this, UserRules::roles))
                .bind(UserFormModel::getRoles, UserFormModel::setRoles);
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        save(() -> actions.save(binder.getBean(), original), this::saved, null);
    }

    private void toggleActive() {
        boolean activate = !original.active();
        save(() -> actions.setActive(original, activate), this::saved, null);
    }

    private void saved(UserListItem user) {
        onChanged.accept(user);
        Notifications.success(getTranslation(successKey(user), user.fullName()));
    }

    private String successKey(UserListItem saved) {
        if (original != null && original.active() != saved.active()) {
            return saved.active() ? "users.reactivated" : "users.deactivated";
        }
        return "users.saved";
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of(
                "fullName", fullName,
                "username", username,
                "email", email,
                "department", department,
                "roles", roles,
                "password", password);
    }

    @Override
    protected void reload() {
        original = actions.reload(original.id());
        binder.setBean(UserFormModel.of(original));
    }
}

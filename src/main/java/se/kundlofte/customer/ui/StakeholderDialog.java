package se.kundlofte.customer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.customer.CustomerRole;
import se.kundlofte.customer.CustomerRules;
import se.kundlofte.customer.StakeholderForm;
import se.kundlofte.customer.StakeholderItem;

/** Add or edit a stakeholder: who they are and the customer roles they play. */
class StakeholderDialog extends FormDialog {

    final TextField name = new TextField();
    final TextField title = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final CheckboxGroup<CustomerRole> roles = new CheckboxGroup<>();
    final Checkbox primaryContact = new Checkbox();
    final Button save = new Button();

    private final BiFunction<StakeholderItem, StakeholderForm, StakeholderItem> saver;
    private final java.util.function.Supplier<StakeholderItem> loader;
    private final Consumer<StakeholderItem> onSaved;
    private StakeholderItem original;

    StakeholderDialog(
            StakeholderItem original,
            BiFunction<StakeholderItem, StakeholderForm, StakeholderItem> saver,
            java.util.function.Supplier<StakeholderItem> loader,
            Consumer<StakeholderItem> onSaved) {
        this.original = original;
        this.saver = saver;
        this.loader = loader;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(original == null ? "stakeholder.dialog.create" : "stakeholder.dialog.edit"));
        setWidth("min(40rem, 95vw)");
        name.setLabel(getTranslation("stakeholder.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(CustomerRules.PERSON_MAX);
        title.setLabel(getTranslation("stakeholder.field.title"));
        title.setMaxLength(CustomerRules.PERSON_MAX);
        email.setLabel(getTranslation("stakeholder.field.email"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        phone.setLabel(getTranslation("stakeholder.field.phone"));
        phone.setMaxLength(CustomerRules.PHONE_MAX);
        roles.setLabel(getTranslation("stakeholder.field.roles"));
        roles.setItems(CustomerRole.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.translationKey()));
        roles.setRequiredIndicatorVisible(true);
        primaryContact.setLabel(getTranslation("stakeholder.field.primaryContact"));
        FormLayout form = new FormLayout(name, title, email, phone, roles, primaryContact);
        form.setColspan(roles, 2);
        add(form);
        fill(original);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save(
                () -> saver.apply(this.original, form()),
                onSaved,
                getTranslation("stakeholder.saved", name.getValue().trim())));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void fill(StakeholderItem stakeholder) {
        if (stakeholder == null) {
            return;
        }
        name.setValue(stakeholder.name());
        title.setValue(stakeholder.title() == null ? "" : stakeholder.title());
        email.setValue(stakeholder.email() == null ? "" : stakeholder.email());
        phone.setValue(stakeholder.phone() == null ? "" : stakeholder.phone());
        roles.setValue(stakeholder.roles());
        primaryContact.setValue(stakeholder.primaryContact());
    }

    StakeholderForm form() {
        return new StakeholderForm(
                name.getValue(),
                title.getValue(),
                email.getValue(),
                phone.getValue(),
                roles.getValue().isEmpty() ? EnumSet.noneOf(CustomerRole.class) : EnumSet.copyOf(roles.getValue()),
                primaryContact.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("name", name, "title", title, "email", email, "phone", phone, "roles", roles);
    }

    @Override
    protected void reload() {
        original = loader.get();
        fill(original);
    }
}

package se.kundlofte.customer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.CustomerForm;
import se.kundlofte.customer.CustomerRules;
import se.kundlofte.customer.Segment;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;
import se.kundlofte.user.UserRef;

/** Create or edit a customer. Takes the choices and what to do on save, not services. */
class CustomerDialog extends FormDialog {

    final TextField name = new TextField();
    final TextField orgNumber = new TextField();
    final ComboBox<ReferenceItem> industry = new ComboBox<>();
    final Select<Segment> segment = new Select<>();
    final Checkbox keyAccount = new Checkbox();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final TextArea notes = new TextArea();
    final Button save = new Button();

    private final BiFunction<CustomerDetails, CustomerForm, CustomerDetails> saver;
    private final Function<Long, CustomerDetails> loader;
    private final Consumer<CustomerDetails> onSaved;
    private CustomerDetails original;

    CustomerDialog(
            CustomerDetails original,
            List<ReferenceItem> industries,
            List<UserRef> sellers,
            BiFunction<CustomerDetails, CustomerForm, CustomerDetails> saver,
            Function<Long, CustomerDetails> loader,
            Consumer<CustomerDetails> onSaved) {
        this.original = original;
        this.saver = saver;
        this.loader = loader;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(original == null ? "customer.dialog.create" : "customer.dialog.edit"));
        setWidth("min(44rem, 95vw)");

        name.setLabel(getTranslation("customer.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(CustomerRules.NAME_MAX);
        orgNumber.setLabel(getTranslation("customer.field.orgNumber"));
        orgNumber.setHelperText(getTranslation("customer.field.orgNumberHelp"));
        orgNumber.setMaxLength(15);
        industry.setLabel(getTranslation("customer.field.industry"));
        industry.setItems(industries.stream()
                .filter(i -> i.active() || (original != null && Objects.equals(original.industryId(), i.id())))
                .toList());
        industry.setItemLabelGenerator(i -> i.name(getLocale()));
        industry.setClearButtonVisible(true);
        segment.setLabel(getTranslation("customer.field.segment"));
        segment.setItems(Segment.values());
        segment.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.translationKey()));
        segment.setRequiredIndicatorVisible(true);
        keyAccount.setLabel(getTranslation("customer.field.keyAccount"));
        owner.setLabel(getTranslation("customer.field.owner"));
        owner.setItems(sellers);
        owner.setItemLabelGenerator(UserRef::fullName);
        owner.setClearButtonVisible(true);
        notes.setLabel(getTranslation("customer.field.notes"));
        notes.setMaxLength(CustomerRules.NOTES_MAX);
        notes.setMinRows(3);

        FormLayout form = new FormLayout(name, orgNumber, industry, segment, owner, keyAccount, notes);
        form.setColspan(name, 2);
        form.setColspan(notes, 2);
        add(form);

        name.addValueChangeListener(e -> check(
                name,
                CustomerRules.required(e.getValue(), CustomerRules.NAME_MAX)
                        .map(k -> getTranslation(k, CustomerRules.NAME_MAX))
                        .orElse(null)));
        orgNumber.addValueChangeListener(e -> check(
                orgNumber,
                CustomerRules.orgNumber(e.getValue()).map(this::getTranslation).orElse(null)));
        fill(original);

        save.setText(getTranslation(original == null ? "customer.action.create" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void fill(CustomerDetails customer) {
        if (customer == null) {
            segment.setValue(Segment.SMALL_BUSINESS);
            // A seller creating a customer is usually its owner.
            if (CurrentUser.can(Permission.CUSTOMER_OWN)) {
                long me = CurrentUser.require().getUserId();
                owner.getListDataView()
                        .getItems()
                        .filter(u -> u.id() == me)
                        .findFirst()
                        .ifPresent(owner::setValue);
            }
            return;
        }
        name.setValue(customer.name());
        orgNumber.setValue(customer.orgNumber() == null ? "" : customer.orgNumber());
        industry.getListDataView()
                .getItems()
                .filter(i -> Objects.equals(i.id(), customer.industryId()))
                .findFirst()
                .ifPresentOrElse(industry::setValue, industry::clear);
        segment.setValue(customer.segment());
        keyAccount.setValue(customer.keyAccount());
        owner.getListDataView()
                .getItems()
                .filter(u -> Objects.equals(u.id(), customer.ownerId()))
                .findFirst()
                .ifPresentOrElse(owner::setValue, owner::clear);
        notes.setValue(customer.notes() == null ? "" : customer.notes());
    }

    private static void check(HasValidation field, String error) {
        field.setErrorMessage(error);
        field.setInvalid(error != null);
    }

    CustomerForm form() {
        return new CustomerForm(
                name.getValue(),
                orgNumber.getValue(),
                industry.getValue() == null ? null : industry.getValue().id(),
                segment.getValue(),
                keyAccount.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(),
                notes.getValue());
    }

    private void save() {
        String successKey = original == null ? "customer.created" : "customer.saved";
        save(
                () -> saver.apply(original, form()),
                saved -> onSaved.accept(saved),
                getTranslation(successKey, name.getValue().trim()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of(
                "name", name,
                "orgNumber", orgNumber,
                "industry", industry,
                "segment", segment,
                "owner", owner,
                "notes", notes);
    }

    @Override
    protected void reload() {
        original = loader.apply(original.id());
        fill(original);
    }
}

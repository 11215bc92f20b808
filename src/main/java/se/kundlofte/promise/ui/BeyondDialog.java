package se.kundlofte.promise.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.ui.CustomerChoice;
import se.kundlofte.promise.BeyondForm;
import se.kundlofte.promise.BeyondItem;
import se.kundlofte.promise.PromiseDetails;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.user.UserRef;

/** We delivered more than promised to keep a customer satisfied; saving opens a review. */
class BeyondDialog extends EvidenceDialog {

    final ComboBox<CustomerChoice> customer = new ComboBox<>();
    final TextArea what = new TextArea();
    final DatePicker occurredOn = new DatePicker();
    final BigDecimalField cost = new BigDecimalField();
    final ComboBox<UserRef> approvedBy = new ComboBox<>();
    final Button save = new Button();

    BeyondDialog(
            CustomerService customers,
            List<UserRef> users,
            LocalDate today,
            PromiseDetails promise,
            Supplier<PromiseDetails> loader,
            Function<BeyondForm, BeyondItem> saver,
            Consumer<BeyondItem> onSaved,
            Runnable onReloaded) {
        super(promise, loader, onReloaded);
        setHeaderTitle(getTranslation("promise.beyond.add"));
        setWidth("min(40rem, 95vw)");
        customer.setLabel(getTranslation("promise.field.customer"));
        customer.setRequiredIndicatorVisible(true);
        CustomerChoice.bind(customer, customers);
        what.setLabel(getTranslation("promise.beyond.what"));
        what.setRequiredIndicatorVisible(true);
        what.setMaxLength(PromiseService.TEXT_MAX);
        what.setMinRows(3);
        occurredOn.setLabel(getTranslation("promise.beyond.occurredOn"));
        occurredOn.setValue(today);
        occurredOn.setMax(today);
        cost.setLabel(getTranslation("promise.beyond.cost"));
        cost.setSuffixComponent(new com.vaadin.flow.component.html.Span("kr"));
        approvedBy.setLabel(getTranslation("promise.beyond.approvedBy"));
        approvedBy.setItems(users);
        approvedBy.setItemLabelGenerator(UserRef::fullName);
        approvedBy.setClearButtonVisible(true);
        FormLayout form = new FormLayout(customer, what, occurredOn, cost, approvedBy);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph note = new Paragraph(getTranslation("promise.beyond.note"));
        note.addClassName("muted");
        add(form, note);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(() -> saver.apply(form()), onSaved, getTranslation("promise.beyond.saved")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    BeyondForm form() {
        return new BeyondForm(
                        customer.getValue() == null ? null : customer.getValue().id(),
                        what.getValue(),
                        occurredOn.getValue(),
                        cost.getValue(),
                        approvedBy.getValue() == null
                                ? null
                                : approvedBy.getValue().id())
                .withWordingSeen(wordingSeen());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of(
                "customer", customer,
                "what", what,
                "occurredOn", occurredOn,
                "estimatedCost", cost,
                "approvedBy", approvedBy);
    }
}

package se.kundlofte.promise.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import se.kundlofte.promise.CheckForm;
import se.kundlofte.promise.CheckItem;
import se.kundlofte.promise.PromiseDetails;
import se.kundlofte.promise.PromiseService;

/**
 * A fulfilment check: our verdict, and the customer's when we know it (seed 000: we decide
 * whether the promise was kept, but not with the last word).
 */
class CheckDialog extends EvidenceDialog {

    enum Verdict {
        KEPT,
        NOT_KEPT,
        UNKNOWN
    }

    final DatePicker checkedOn = new DatePicker();
    final RadioButtonGroup<Verdict> ours = new RadioButtonGroup<>();
    final RadioButtonGroup<Verdict> customers = new RadioButtonGroup<>();
    final TextArea evidence = new TextArea();
    final Button save = new Button();
    /** The customer the check concerns: chosen in a box the caller may fill. */
    final ComboBox<se.kundlofte.customer.ui.CustomerChoice> customer = new ComboBox<>();

    CheckDialog(
            LocalDate today,
            se.kundlofte.customer.CustomerService customerService,
            PromiseDetails promise,
            Supplier<PromiseDetails> loader,
            Function<CheckForm, CheckItem> saver,
            Consumer<CheckItem> onSaved,
            Runnable onReloaded) {
        super(promise, loader, onReloaded);
        setHeaderTitle(getTranslation("promise.check.add"));
        setWidth("min(40rem, 95vw)");
        checkedOn.setLabel(getTranslation("promise.check.checkedOn"));
        checkedOn.setValue(today);
        checkedOn.setMax(today);
        checkedOn.setRequiredIndicatorVisible(true);
        ours.setLabel(getTranslation("promise.check.ours"));
        ours.setItems(Verdict.KEPT, Verdict.NOT_KEPT);
        ours.setItemLabelGenerator(v -> getTranslation("promise.check.verdict." + v.name()));
        ours.setRequiredIndicatorVisible(true);
        customers.setLabel(getTranslation("promise.check.customers"));
        customers.setItems(Verdict.values());
        customers.setItemLabelGenerator(v -> getTranslation("promise.check.verdict." + v.name()));
        customers.setValue(Verdict.UNKNOWN);
        evidence.setLabel(getTranslation("promise.check.evidence"));
        evidence.setHelperText(getTranslation("promise.check.evidenceHelp"));
        evidence.setRequiredIndicatorVisible(true);
        evidence.setMaxLength(PromiseService.TEXT_MAX);
        evidence.setMinRows(3);
        customer.setLabel(getTranslation("promise.check.customer"));
        customer.setClearButtonVisible(true);
        se.kundlofte.customer.ui.CustomerChoice.bind(customer, customerService);
        FormLayout form = new FormLayout(checkedOn, customer, ours, customers, evidence);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(() -> saver.apply(form()), onSaved, getTranslation("promise.check.saved")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    CheckForm form() {
        return new CheckForm(
                        checkedOn.getValue(),
                        customer.getValue() == null ? null : customer.getValue().id(),
                        ours.getValue() == null ? null : ours.getValue() == Verdict.KEPT,
                        customers.getValue() == null || customers.getValue() == Verdict.UNKNOWN
                                ? null
                                : customers.getValue() == Verdict.KEPT,
                        evidence.getValue())
                .withWordingSeen(wordingSeen());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("checkedOn", checkedOn, "customer", customer, "kept", ours, "evidence", evidence);
    }
}

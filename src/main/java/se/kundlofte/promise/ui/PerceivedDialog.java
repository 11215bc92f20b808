package se.kundlofte.promise.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.ui.CustomerChoice;
import se.kundlofte.promise.PerceivedForm;
import se.kundlofte.promise.PerceivedItem;
import se.kundlofte.promise.PromiseDetails;
import se.kundlofte.promise.PromiseGapService;
import se.kundlofte.promise.PromiseService;

/** What a customer believed they were promised, when it differs from ours. */
class PerceivedDialog extends EvidenceDialog {

    final ComboBox<CustomerChoice> customer = new ComboBox<>();
    final TextField stakeholder = new TextField();
    final TextArea believed = new TextArea();
    final TextArea cameFrom = new TextArea();
    final DatePicker recordedOn = new DatePicker();
    final Button save = new Button();

    PerceivedDialog(
            CustomerService customers,
            LocalDate today,
            PromiseDetails promise,
            Supplier<PromiseDetails> loader,
            Function<PerceivedForm, PerceivedItem> saver,
            Consumer<PerceivedItem> onSaved,
            Runnable onReloaded) {
        super(promise, loader, onReloaded);
        setHeaderTitle(getTranslation("promise.perceived.add"));
        setWidth("min(40rem, 95vw)");
        customer.setLabel(getTranslation("promise.field.customer"));
        customer.setRequiredIndicatorVisible(true);
        CustomerChoice.bind(customer, customers);
        stakeholder.setLabel(getTranslation("promise.perceived.stakeholder"));
        stakeholder.setMaxLength(PromiseGapService.STAKEHOLDER_MAX);
        believed.setLabel(getTranslation("promise.perceived.believed"));
        believed.setRequiredIndicatorVisible(true);
        believed.setMaxLength(PromiseService.TEXT_MAX);
        believed.setMinRows(3);
        cameFrom.setLabel(getTranslation("promise.perceived.cameFrom"));
        cameFrom.setHelperText(getTranslation("promise.perceived.cameFromHelp"));
        cameFrom.setMaxLength(PromiseService.TEXT_MAX);
        recordedOn.setLabel(getTranslation("promise.perceived.recordedOn"));
        recordedOn.setValue(today);
        recordedOn.setMax(today);
        FormLayout form = new FormLayout(customer, stakeholder, believed, cameFrom, recordedOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(() -> saver.apply(form()), onSaved, getTranslation("promise.perceived.saved")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    PerceivedForm form() {
        return new PerceivedForm(
                        customer.getValue() == null ? null : customer.getValue().id(),
                        stakeholder.getValue(),
                        believed.getValue(),
                        cameFrom.getValue(),
                        recordedOn.getValue())
                .withWordingSeen(wordingSeen());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of(
                "customer", customer,
                "stakeholder", stakeholder,
                "believed", believed,
                "cameFrom", cameFrom,
                "recordedOn", recordedOn);
    }
}

package se.kundlofte.journey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.ui.CustomerChoice;
import se.kundlofte.journey.JourneyMap;
import se.kundlofte.journey.ObservationForm;
import se.kundlofte.journey.ObservationItem;
import se.kundlofte.journey.ObservationService;
import se.kundlofte.journey.StageItem;

/** Records what someone saw when they were with a customer (seed 003), at a stage of the journey. */
class ObservationDialog extends FormDialog {

    final Select<StageItem> stage = new Select<>();
    final DatePicker observedOn = new DatePicker();
    final ComboBox<CustomerChoice> customer = new ComboBox<>();
    final TextField place = new TextField();
    final TextArea whatHappened = new TextArea();
    final TextArea insight = new TextArea();
    final Button save = new Button();

    ObservationDialog(
            ObservationService observations,
            CustomerService customers,
            JourneyMap map,
            @Nullable StageItem preset,
            LocalDate today,
            Consumer<ObservationItem> onSaved) {
        addClassName("observation-dialog");
        setHeaderTitle(getTranslation("observation.add"));
        setWidth("36rem");
        stage.setLabel(getTranslation("observation.stage"));
        stage.setItems(map.stages());
        stage.setItemLabelGenerator(s -> s.label(this::getTranslation));
        stage.setValue(preset);
        observedOn.setLabel(getTranslation("observation.observedOn"));
        observedOn.setValue(today);
        observedOn.setMax(today);
        customer.setLabel(getTranslation("observation.customer"));
        CustomerChoice.bind(customer, customers);
        customer.setClearButtonVisible(true);
        place.setLabel(getTranslation("observation.place"));
        place.setMaxLength(200);
        whatHappened.setLabel(getTranslation("observation.whatHappened"));
        whatHappened.setRequiredIndicatorVisible(true);
        insight.setLabel(getTranslation("observation.insight"));
        FormLayout form = new FormLayout(stage, observedOn, customer, place, whatHappened, insight);
        form.setColspan(whatHappened, 2);
        form.setColspan(insight, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(
                () -> observations.add(new ObservationForm(
                        stage.getValue() == null ? null : stage.getValue().id(),
                        observedOn.getValue(),
                        customer.getValue() == null ? null : customer.getValue().id(),
                        place.getValue(),
                        whatHappened.getValue(),
                        insight.getValue())),
                onSaved,
                getTranslation("observation.saved")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        whatHappened.focus();
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of(
                "stage", stage,
                "observedOn", observedOn,
                "customer", customer,
                "place", place,
                "whatHappened", whatHappened,
                "insight", insight);
    }

    @Override
    protected void reload() {
        // A new observation has no earlier version to conflict with.
    }
}

package se.kundlofte.journey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.customer.Segment;
import se.kundlofte.journey.JourneyDetails;
import se.kundlofte.journey.JourneyForm;
import se.kundlofte.journey.JourneyService;

/** Creates a journey from the template, or changes a journey's name, segment, description and gap threshold. */
class JourneyDialog extends FormDialog {

    final TextField name = new TextField();
    final ComboBox<Segment> segment = new ComboBox<>();
    final TextArea description = new TextArea();
    final IntegerField gapPercent = new IntegerField();
    final Button save = new Button();

    private final JourneyService journeys;
    private final Consumer<JourneyDetails> onSaved;
    private @Nullable JourneyDetails editing;

    JourneyDialog(JourneyService journeys, @Nullable JourneyDetails editing, Consumer<JourneyDetails> onSaved) {
        this.journeys = journeys;
        this.editing = editing;
        this.onSaved = onSaved;
        addClassName("journey-dialog");
        setHeaderTitle(getTranslation(editing == null ? "journeys.action.new" : "journey.action.edit"));
        name.setLabel(getTranslation("journey.field.name"));
        name.setMaxLength(120);
        segment.setLabel(getTranslation("journey.field.segment"));
        segment.setItems(Arrays.asList(Segment.values()));
        segment.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        segment.setPlaceholder(getTranslation("journey.field.segment.all"));
        segment.setClearButtonVisible(true);
        description.setLabel(getTranslation("journey.field.description"));
        gapPercent.setLabel(getTranslation("journey.field.gapFailurePercent"));
        gapPercent.setMin(1);
        gapPercent.setMax(100);
        gapPercent.setStepButtonsVisible(true);
        FormLayout form = new FormLayout(name, segment, description, gapPercent);
        form.setColspan(description, 2);
        add(form);
        fill();
        save.setText(getTranslation(editing == null ? "journeys.action.create" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        name.focus();
    }

    private void fill() {
        JourneyForm f = editing == null ? JourneyForm.of(null) : editing.toForm();
        name.setValue(f.name() == null ? "" : f.name());
        segment.setValue(f.segment());
        description.setValue(f.description() == null ? "" : f.description());
        gapPercent.setValue(f.gapFailurePercent());
    }

    private JourneyForm form() {
        return new JourneyForm(
                name.getValue(),
                description.getValue(),
                segment.getValue(),
                gapPercent.getValue() == null ? 0 : gapPercent.getValue());
    }

    private void save() {
        JourneyDetails current = editing;
        save(
                () -> current == null
                        ? journeys.create(form())
                        : journeys.update(current.id(), current.version(), form()),
                onSaved,
                getTranslation("journey.saved"));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("name", name, "description", description, "gapFailurePercent", gapPercent);
    }

    @Override
    protected void reload() {
        if (editing != null) {
            editing = journeys.map(editing.id()).journey();
            fill();
        }
    }
}

package se.kundlofte.journey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.journey.JourneyMap;
import se.kundlofte.journey.JourneyService;
import se.kundlofte.journey.StageItem;

/** Adds a stage to a journey: its name, its phase and where it goes. */
class AddStageDialog extends FormDialog {

    final TextField name = new TextField();
    final Select<JourneyPhase> phase = new Select<>();
    final Select<Integer> position = new Select<>();
    final Button save = new Button();

    AddStageDialog(JourneyService journeys, JourneyMap map, Consumer<StageItem> onSaved) {
        addClassName("add-stage-dialog");
        setHeaderTitle(getTranslation("journey.stage.add"));
        name.setLabel(getTranslation("journey.stage.name"));
        name.setMaxLength(120);
        phase.setLabel(getTranslation("journey.stage.phase"));
        phase.setItems(JourneyPhase.values());
        phase.setItemLabelGenerator(p -> getTranslation(p.translationKey()));
        position.setLabel(getTranslation("journey.stage.position"));
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i <= map.stages().size(); i++) {
            positions.add(i);
        }
        position.setItems(positions);
        position.setItemLabelGenerator(i -> i == map.stages().size()
                ? getTranslation("journey.stage.atEnd")
                : getTranslation("journey.stage.before", map.stages().get(i).label(this::getTranslation)));
        position.setValue(map.stages().size());
        add(new FormLayout(name, phase, position));
        save.setText(getTranslation("journey.stage.add"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(
                () -> journeys.addStage(map.journey().id(), name.getValue(), phase.getValue(), position.getValue()),
                onSaved,
                getTranslation("journey.stage.added")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        name.focus();
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("name", name, "phase", phase);
    }

    @Override
    protected void reload() {
        // A new stage has no earlier version to conflict with.
    }
}

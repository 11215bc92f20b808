package se.kundlofte.journey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.journey.JourneyMap;
import se.kundlofte.journey.JourneyService;
import se.kundlofte.journey.StageItem;
import se.kundlofte.journey.StageReferences;

/**
 * Asks before a stage is removed. When requirements, contacts or observations point at it, it says
 * how many and asks for the stage to move them to; the stage goes only on an explicit yes.
 */
class RemoveStageDialog extends FormDialog {

    final Select<StageItem> target = new Select<>();
    final Button remove = new Button();
    final Paragraph question = new Paragraph();

    RemoveStageDialog(JourneyService journeys, JourneyMap map, StageItem stage, Runnable onRemoved) {
        addClassName("remove-stage-dialog");
        setHeaderTitle(getTranslation("confirm.removeTitle"));
        StageReferences refs = journeys.references(stage.id());
        String label = stage.label(this::getTranslation);
        if (refs.any()) {
            question.setText(getTranslation(
                    "journey.stage.removeReferenced",
                    label,
                    refs.requirements(),
                    refs.contacts(),
                    refs.observations()));
            target.setLabel(getTranslation("journey.stage.moveTo"));
            target.setItems(
                    map.stages().stream().filter(s -> s.id() != stage.id()).toList());
            target.setItemLabelGenerator(s -> s.label(this::getTranslation));
            add(question, target);
        } else {
            question.setText(getTranslation("journey.stage.removeQuestion", label));
            add(question);
        }
        remove.setText(getTranslation(refs.any() ? "journey.stage.moveAndRemove" : "action.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        remove.addClickListener(e -> save(
                () -> {
                    journeys.removeStage(
                            stage.id(),
                            stage.version(),
                            target.getValue() == null ? null : target.getValue().id());
                    return stage;
                },
                removed -> onRemoved.run(),
                getTranslation("journey.stage.removed")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), remove);
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("target", target);
    }

    @Override
    protected void reload() {
        close();
    }
}

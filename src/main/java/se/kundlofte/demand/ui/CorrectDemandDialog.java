package se.kundlofte.demand.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.Objects;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.demand.DemandForm;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.demand.DemandKind;
import se.kundlofte.demand.DemandService;

/** Corrects the words and classification of a recent entry. */
class CorrectDemandDialog extends FormDialog {

    final TextArea words = new TextArea();
    final RadioButtonGroup<DemandKind> kind = new RadioButtonGroup<>();
    final ComboBox<ReferenceItem> cause = new ComboBox<>();
    final Button save = new Button();

    CorrectDemandDialog(DemandItem item, DemandEntryView entry, DemandService demands, Runnable onSaved) {
        setHeaderTitle(getTranslation("demand.correctTitle"));
        setWidth("min(36rem, 95vw)");
        words.setLabel(getTranslation("demand.field.words"));
        words.setValue(item.words());
        words.setMaxLength(DemandService.WORDS_MAX);
        kind.setLabel(getTranslation("demand.field.kind"));
        kind.setItems(DemandKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setValue(item.kind());
        cause.setLabel(getTranslation("demand.field.cause"));
        cause.setItems(entry.cause.getListDataView().getItems().toList());
        cause.setItemLabelGenerator(c -> c.name(getLocale()));
        cause.setClearButtonVisible(true);
        entry.cause
                .getListDataView()
                .getItems()
                .filter(c -> Objects.equals(c.id(), item.causeId()))
                .findFirst()
                .ifPresent(cause::setValue);
        FormLayout form = new FormLayout(words, kind, cause);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(
                () -> demands.correct(
                        item.id(),
                        item.version(),
                        new DemandForm(
                                item.channelId(),
                                item.customerId(),
                                words.getValue(),
                                kind.getValue(),
                                cause.getValue() == null
                                        ? null
                                        : cause.getValue().id(),
                                item.journeyStage(),
                                item.resolvedFirstContact(),
                                item.requirementId(),
                                item.promiseId(),
                                item.journeyStageId())),
                saved -> onSaved.run(),
                getTranslation("demand.corrected")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("words", words, "cause", cause);
    }

    @Override
    protected void reload() {
        close();
    }
}

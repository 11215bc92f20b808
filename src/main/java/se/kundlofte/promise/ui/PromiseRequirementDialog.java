package se.kundlofte.promise.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.promise.PromiseDetails;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.requirement.Source;

/** A requirement "to keep promise X": it goes on the board in Identified and is linked to the promise. */
class PromiseRequirementDialog extends FormDialog {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Select<Source> source = new Select<>();
    final Button save = new Button();
    private final PromiseDetails promise;

    PromiseRequirementDialog(
            PromiseDetails promise,
            Function<RequirementForm, RequirementDetails> saver,
            Consumer<RequirementDetails> onSaved) {
        this.promise = promise;
        setHeaderTitle(getTranslation("promise.requirements.create"));
        setWidth("min(40rem, 95vw)");
        title.setLabel(getTranslation("requirement.field.title"));
        title.setValue(getTranslation("promise.requirements.defaultTitle", promise.title()));
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("requirement.field.description"));
        description.setValue(promise.text());
        source.setLabel(getTranslation("requirement.field.source"));
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> s == null ? "" : getTranslation("source." + s.name()));
        source.setValue(Source.OBSERVATION);
        FormLayout form = new FormLayout(title, description, source);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("promise.requirements.createAction"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(
                () -> saver.apply(form()), onSaved, getTranslation("promise.requirements.created", title.getValue())));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    RequirementForm form() {
        return RequirementForm.of(title.getValue(), source.getValue())
                .withDescription(description.getValue())
                .withCustomer(promise.customerId())
                .withSourceReference(getTranslation("promise.requirements.reference", promise.title()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("title", title, "description", description, "source", source);
    }

    @Override
    protected void reload() {
        // A new requirement has no stored version to conflict with.
    }
}

package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementForm;
import se.kundlofte.user.UserRef;

/** Captures a new requirement; it lands in Identified. The source is required. */
class NewRequirementDialog extends FormDialog {

    final RequirementFields fields;
    final Button save = new Button();

    NewRequirementDialog(
            CustomerService customers,
            List<UserRef> owners,
            List<se.kundlofte.base.JourneyStageChoice> journeyStages,
            Function<RequirementForm, RequirementDetails> create,
            Consumer<RequirementDetails> onCreated) {
        setHeaderTitle(getTranslation("requirement.dialog.create"));
        setWidth("min(48rem, 96vw)");
        fields = new RequirementFields(customers, owners, journeyStages);
        add(fields);
        save.setText(getTranslation("requirement.action.create"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // No message of its own: the board says where the new card went and marks it.
        save.addClickListener(e -> save(() -> create.apply(fields.value()), onCreated, null));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return fields.fields();
    }

    @Override
    protected void reload() {
        // A new requirement has no stored version to conflict with.
    }
}

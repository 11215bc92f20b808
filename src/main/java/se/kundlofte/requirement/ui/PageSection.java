package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.base.ui.Saving;
import se.kundlofte.requirement.RequirementDetails;

/**
 * One section of the requirement page with its own save: a save carries the version the page
 * shows; on a conflict the page reloads and says so, and nothing is overwritten.
 */
abstract class PageSection extends Section {

    protected final Div body = new Div();
    protected final Button save = new Button();

    private final Consumer<RequirementDetails> onSaved;
    private final Runnable onConflict;

    PageSection(String id, String titleKey, Consumer<RequirementDetails> onSaved, Runnable onConflict) {
        this.onSaved = onSaved;
        this.onConflict = onConflict;
        setId(id);
        addClassName("requirement-section");
        body.addClassName("section-body");
        add(new H3(getTranslation(titleKey)), body);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.setId("save-" + id);
    }

    /** Shows the save button when the user may change this section; otherwise fields are read-only. */
    protected void editable(boolean editable, Component... fields) {
        for (Component field : fields) {
            if (field instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
                value.setReadOnly(!editable);
            }
        }
        if (editable) {
            Div actions = new Div(save);
            actions.addClassName("section-actions");
            add(actions);
        }
    }

    protected void saving(Supplier<RequirementDetails> action, Map<String, ? extends HasValidation> fields) {
        Saving.run(this, action, onSaved, getTranslation("requirement.sectionSaved"), fields, () -> {
            Notifications.error(getTranslation("conflict.reloaded"));
            onConflict.run();
        });
    }
}

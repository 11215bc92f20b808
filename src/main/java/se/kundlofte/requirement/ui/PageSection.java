package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
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
 * shows; on a conflict the page reloads and says so, and nothing is overwritten. A changed field
 * marks the section "unsaved" until it is saved, and the page asks before such changes are left.
 */
abstract class PageSection extends Section {

    protected final Div body = new Div();
    protected final Button save = new Button();

    private final Consumer<RequirementDetails> onSaved;
    private final Runnable onConflict;
    private final String title;
    private final Badge unsaved = new Badge();

    PageSection(String id, String titleKey, Consumer<RequirementDetails> onSaved, Runnable onConflict) {
        this.onSaved = onSaved;
        this.onConflict = onConflict;
        setId(id);
        addClassName("requirement-section");
        body.addClassName("section-body");
        title = getTranslation(titleKey);
        unsaved.setText(getTranslation("requirement.unsaved"));
        unsaved.addThemeVariants(BadgeVariant.WARNING);
        unsaved.setId("unsaved-" + id);
        unsaved.setVisible(false);
        Div head = new Div(new H3(title), unsaved);
        head.addClassName("section-head");
        add(head, body);
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
            for (Component field : fields) {
                if (field instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
                    value.addValueChangeListener(e -> {
                        if (e.isFromClient()) {
                            unsaved.setVisible(true);
                        }
                    });
                }
            }
            Div actions = new Div(save);
            actions.addClassName("section-actions");
            add(actions);
        }
    }

    /** True when a field was changed and the section not saved since. */
    boolean hasUnsavedChanges() {
        return unsaved.isVisible();
    }

    String title() {
        return title;
    }

    protected void saving(Supplier<RequirementDetails> action, Map<String, ? extends HasValidation> fields) {
        Saving.run(this, action, onSaved, getTranslation("requirement.sectionSaved"), fields, () -> {
            Notifications.error(getTranslation("conflict.reloaded"));
            onConflict.run();
        });
    }
}

package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.satisfaction.FollowUpItem;
import se.kundlofte.satisfaction.FollowUpPromises.PromiseChoice;
import se.kundlofte.satisfaction.FollowUpService;

/** Tags the promise the unhappy answer points at as broken, in one step. */
class TagPromiseDialog extends Dialog {

    final ComboBox<PromiseChoice> promise = new ComboBox<>();
    final TextField note = new TextField();
    final Button tag = new Button();

    TagPromiseDialog(FollowUpItem item, FollowUpService followUps) {
        setHeaderTitle(getTranslation("satisfaction.followUp.tagPromise"));
        promise.setLabel(getTranslation("satisfaction.followUp.promise"));
        promise.setItems(followUps.promisesFor(item.id()));
        promise.setItemLabelGenerator(PromiseChoice::title);
        note.setLabel(getTranslation("satisfaction.followUp.promiseNote"));
        note.setMaxLength(500);
        add(new FormLayout(promise, note));
        tag.setText(getTranslation("satisfaction.followUp.tagPromise"));
        tag.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tag.addClickListener(e -> {
            if (promise.getValue() == null) {
                promise.setErrorMessage(getTranslation("validation.choose"));
                promise.setInvalid(true);
                return;
            }
            try {
                followUps.tagPromise(item.id(), promise.getValue().id(), note.getValue());
                Notifications.success(getTranslation("satisfaction.followUp.promiseTagged"));
                close();
            } catch (RuleViolationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArgs()));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), tag);
    }
}

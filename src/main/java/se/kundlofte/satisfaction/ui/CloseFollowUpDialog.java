package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.satisfaction.FollowUpCloseForm;
import se.kundlofte.satisfaction.FollowUpItem;
import se.kundlofte.satisfaction.FollowUpService;

/** Closes the loop: what was done, and whether the customer was contacted. */
class CloseFollowUpDialog extends FormDialog {

    final TextArea actionTaken = new TextArea();
    final RadioButtonGroup<Boolean> contacted = new RadioButtonGroup<>();
    final Button save = new Button();

    CloseFollowUpDialog(FollowUpItem item, FollowUpService followUps, Consumer<FollowUpItem> onSaved) {
        setHeaderTitle(getTranslation("satisfaction.followUp.closeTitle", item.customerName()));
        setWidth("min(36rem, 95vw)");
        Paragraph said = new Paragraph(item.type().name() + " " + item.score()
                + (item.comment() == null ? "" : " – “" + item.comment() + "”"));
        said.addClassName("muted");
        actionTaken.setLabel(getTranslation("satisfaction.followUp.field.actionTaken"));
        actionTaken.setRequiredIndicatorVisible(true);
        actionTaken.setMaxLength(FollowUpService.ACTION_MAX);
        actionTaken.setMinRows(3);
        contacted.setLabel(getTranslation("satisfaction.followUp.field.contacted"));
        contacted.setItems(Boolean.TRUE, Boolean.FALSE);
        contacted.setItemLabelGenerator(b -> getTranslation(b ? "csv.yes" : "csv.no"));
        contacted.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(actionTaken, contacted);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(said, form);
        save.setText(getTranslation("satisfaction.followUp.close"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(
                () -> followUps.close(
                        item.id(), item.version(), new FollowUpCloseForm(actionTaken.getValue(), contacted.getValue())),
                onSaved,
                getTranslation("satisfaction.followUp.closed")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("actionTaken", actionTaken, "contacted", contacted);
    }

    @Override
    protected void reload() {
        close();
    }
}

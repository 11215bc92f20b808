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
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.ui.ConflictMerge;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.satisfaction.FollowUpCloseForm;
import se.kundlofte.satisfaction.FollowUpItem;
import se.kundlofte.satisfaction.FollowUpService;

/**
 * Closes the loop: what was done, and whether the customer was contacted; saved against the
 * follow-up's version. After a colleague's change in between (a requirement raised from it, or it
 * was closed), "load the latest version" keeps what was typed, or, when it is closed already, shows
 * how it was closed and lists what the user wrote.
 */
class CloseFollowUpDialog extends FormDialog {

    final TextArea actionTaken = new TextArea();
    final RadioButtonGroup<Boolean> contacted = new RadioButtonGroup<>();
    final Button save = new Button();
    final ConflictMerge merge = new ConflictMerge();
    final Paragraph closedMeanwhile = new Paragraph();

    private final FollowUpService followUps;
    private final BusinessTime time;
    private final Runnable onReloaded;
    private FollowUpItem item;

    CloseFollowUpDialog(
            FollowUpItem item,
            FollowUpService followUps,
            BusinessTime time,
            Consumer<FollowUpItem> onSaved,
            Runnable onReloaded) {
        this.item = item;
        this.followUps = followUps;
        this.time = time;
        this.onReloaded = onReloaded;
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
        closedMeanwhile.setId("follow-up-closed-meanwhile");
        closedMeanwhile.setVisible(false);
        add(merge, closedMeanwhile, said, form);
        merge.track(actionTaken, contacted);
        merge.opened();
        save.setText(getTranslation("satisfaction.followUp.close"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(
                () -> followUps.close(
                        this.item.id(),
                        this.item.version(),
                        new FollowUpCloseForm(actionTaken.getValue(), contacted.getValue())),
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
        FollowUpItem latest = followUps.get(item.id());
        merge.merge(
                () -> {
                    item = latest;
                    actionTaken.setValue(latest.actionTaken() == null ? "" : latest.actionTaken());
                    contacted.setValue(latest.customerContacted());
                },
                !latest.closed());
        if (latest.closed()) {
            closedMeanwhile.setText(getTranslation(
                    Boolean.TRUE.equals(latest.customerContacted())
                            ? "satisfaction.followUp.closedContacted"
                            : "satisfaction.followUp.closedNotContacted",
                    time.formatDate(latest.closedAt()),
                    latest.closedByName() == null ? "" : latest.closedByName(),
                    latest.actionTaken() == null ? "" : latest.actionTaken()));
            closedMeanwhile.setVisible(true);
            actionTaken.setReadOnly(true);
            contacted.setReadOnly(true);
            save.setVisible(false);
        }
        onReloaded.run();
    }
}

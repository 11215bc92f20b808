package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.kundlofte.base.JourneyPhase;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.StakeholderItem;
import se.kundlofte.customer.StakeholderService;
import se.kundlofte.customer.ui.CustomerChoice;
import se.kundlofte.satisfaction.ResponseItem;
import se.kundlofte.satisfaction.SurveyChannel;
import se.kundlofte.satisfaction.SurveyResponseForm;
import se.kundlofte.satisfaction.SurveyResponseRules;
import se.kundlofte.satisfaction.SurveyResponseService;
import se.kundlofte.satisfaction.SurveyType;

/** Enters one survey response; the scale follows the chosen type and the service has the last word. */
class SurveyResponseDialog extends FormDialog {

    final Select<SurveyType> type = new Select<>();
    final IntegerField score = new IntegerField();
    final DatePicker answeredOn = new DatePicker();
    final ComboBox<CustomerChoice> customer = new ComboBox<>();
    final ComboBox<StakeholderItem> stakeholder = new ComboBox<>();
    final ComboBox<JourneyPhase> stage = new ComboBox<>();
    final Select<SurveyChannel> channel = new Select<>();
    final TextArea comment = new TextArea();
    final TextField externalId = new TextField();
    final Button save = new Button();

    SurveyResponseDialog(
            SurveyResponseService responses,
            CustomerService customers,
            StakeholderService stakeholders,
            LocalDate today,
            Consumer<ResponseItem> onSaved) {
        setHeaderTitle(getTranslation("satisfaction.record.title"));
        setWidth("min(40rem, 95vw)");
        type.setLabel(getTranslation("satisfaction.field.type"));
        type.setItems(SurveyType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        type.addValueChangeListener(e -> scale(e.getValue()));
        score.setLabel(getTranslation("satisfaction.field.score"));
        score.setStepButtonsVisible(true);
        // The service judges the scale and says so at the field.
        score.setManualValidation(true);
        score.setRequiredIndicatorVisible(true);
        type.setValue(SurveyType.NPS);
        answeredOn.setLabel(getTranslation("satisfaction.field.answeredOn"));
        answeredOn.setValue(today);
        answeredOn.setMax(today);
        answeredOn.setRequiredIndicatorVisible(true);
        customer.setLabel(getTranslation("satisfaction.field.customer"));
        customer.setRequiredIndicatorVisible(true);
        CustomerChoice.bind(customer, customers);
        stakeholder.setLabel(getTranslation("satisfaction.field.stakeholder"));
        stakeholder.setItemLabelGenerator(StakeholderItem::name);
        stakeholder.setClearButtonVisible(true);
        stakeholder.setEnabled(false);
        customer.addValueChangeListener(e -> {
            stakeholder.clear();
            List<StakeholderItem> people = e.getValue() == null
                    ? List.of()
                    : stakeholders.forCustomer(e.getValue().id());
            stakeholder.setItems(people);
            stakeholder.setEnabled(!people.isEmpty());
        });
        stage.setLabel(getTranslation("satisfaction.field.stage"));
        stage.setItems(JourneyPhase.values());
        stage.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        stage.setClearButtonVisible(true);
        channel.setLabel(getTranslation("satisfaction.field.channel"));
        channel.setItems(SurveyChannel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setItemLabelGenerator(c -> c == null ? "–" : getTranslation(c.translationKey()));
        comment.setLabel(getTranslation("satisfaction.field.comment"));
        comment.setMaxLength(SurveyResponseRules.COMMENT_MAX);
        externalId.setLabel(getTranslation("satisfaction.field.externalId"));
        externalId.setHelperText(getTranslation("satisfaction.field.externalIdHelp"));
        externalId.setMaxLength(SurveyResponseRules.EXTERNAL_ID_MAX);
        FormLayout form =
                new FormLayout(type, score, answeredOn, customer, stakeholder, stage, channel, externalId, comment);
        form.setColspan(comment, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(
                e -> save(() -> responses.record(form()), onSaved, getTranslation("satisfaction.recorded")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    SurveyResponseForm form() {
        return SurveyResponseForm.of(
                        type.getValue(),
                        score.getValue(),
                        answeredOn.getValue(),
                        customer.getValue() == null ? null : customer.getValue().id())
                .withStakeholder(
                        stakeholder.getValue() == null
                                ? null
                                : stakeholder.getValue().id())
                .withJourneyStage(
                        stage.getValue() == null ? null : stage.getValue().name())
                .withChannel(channel.getValue())
                .withComment(comment.getValue())
                .withExternalId(externalId.getValue());
    }

    private void scale(SurveyType chosen) {
        if (chosen == null) {
            return;
        }
        score.setMin(chosen.min());
        score.setMax(chosen.max());
        score.setHelperText(getTranslation("satisfaction.scale." + chosen.name()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of(
                "type", type,
                "score", score,
                "answeredOn", answeredOn,
                "customer", customer,
                "stakeholder", stakeholder,
                "stage", stage,
                "comment", comment,
                "externalId", externalId);
    }

    @Override
    protected void reload() {
        close();
    }
}

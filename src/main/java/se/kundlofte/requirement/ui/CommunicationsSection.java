package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.kundlofte.base.ui.Saving;
import se.kundlofte.requirement.Channel;
import se.kundlofte.requirement.CommunicationForm;
import se.kundlofte.requirement.CommunicationItem;
import se.kundlofte.requirement.RequirementCommunicationService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/** What was told to the affected stakeholders: to whom, how, when, what. */
class CommunicationsSection extends PageSection {

    final Div list = new Div();
    final TextField recipients = new TextField();
    final ComboBox<Channel> channel = new ComboBox<>();
    final DatePicker date = new DatePicker();
    final TextArea summary = new TextArea();
    final Button add = new Button();

    CommunicationsSection(
            long requirementId, RequirementCommunicationService service, LocalDate today, Runnable onChanged) {
        super("communications", "requirement.section.communications", saved -> onChanged.run(), onChanged);
        date.setValue(today);
        list.addClassName("communication-list");
        List<CommunicationItem> items = service.forRequirement(requirementId);
        if (items.isEmpty()) {
            Span none = new Span(getTranslation("communication.none"));
            none.addClassName("muted");
            list.add(none);
        }
        for (CommunicationItem item : items) {
            Span head = new Span(item.communicatedOn() + " · "
                    + getTranslation(item.channel().translationKey()) + " · " + item.recipients());
            head.addClassName("communication-head");
            Div entry = new Div(head, new Paragraph(item.summary()));
            entry.addClassName("communication");
            list.add(entry);
        }
        body.add(list);
        if (CurrentUser.can(Permission.REQUIREMENT_COMMUNICATE)) {
            recipients.setLabel(getTranslation("communication.field.recipients"));
            recipients.setHelperText(getTranslation("communication.field.recipientsHelp"));
            channel.setLabel(getTranslation("communication.field.channel"));
            channel.setItems(Channel.values());
            channel.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
            date.setLabel(getTranslation("communication.field.date"));
            summary.setLabel(getTranslation("communication.field.summary"));
            add.setText(getTranslation("communication.add"));
            add.setIcon(new Icon(VaadinIcon.PLUS));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.addClickListener(e -> Saving.run(
                    this,
                    () -> service.add(
                            requirementId,
                            new CommunicationForm(
                                    recipients.getValue(), channel.getValue(), date.getValue(), summary.getValue())),
                    saved -> onChanged.run(),
                    getTranslation("communication.added"),
                    Map.of("recipients", recipients, "channel", channel, "communicatedOn", date, "summary", summary),
                    onChanged));
            FormLayout form = new FormLayout(recipients, channel, date, summary);
            form.setColspan(summary, 2);
            body.add(form, add);
        }
    }
}

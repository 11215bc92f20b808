package se.kundlofte.demand.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.JourneyStageChoice;
import se.kundlofte.base.JourneyStageChoices;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.base.ui.Saving;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.ui.CustomerChoice;
import se.kundlofte.demand.ContactPromiseChoices;
import se.kundlofte.demand.DemandForm;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.demand.DemandKind;
import se.kundlofte.demand.DemandReferenceService;
import se.kundlofte.demand.DemandService;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.RequirementSummary;
import se.kundlofte.security.Permission;

/**
 * The fastest entry the team could make, keyboard first: the words are focused, Enter saves,
 * Alt+V / Alt+F / Alt+U set value, failure or not yet classified; the channel stays for the next
 * contact, everything else clears. Alt+F moves to the cause, so type, Alt+F, pick a cause, Enter
 * logs a failure without the mouse. The entry appears at once below, to correct or undo for 24 h.
 */
@Route("demand/new")
@Menu(title = "menu.demandNew", order = 30, icon = "vaadin:phone")
@RolesAllowed(Permission.DEMAND_LOG)
class DemandEntryView extends Main implements TitledView {

    final RadioButtonGroup<ReferenceItem> channel = new RadioButtonGroup<>();
    final ComboBox<CustomerChoice> customer = new ComboBox<>();
    final TextArea words = new TextArea();
    final RadioButtonGroup<DemandKind> kind = new RadioButtonGroup<>();
    final ComboBox<ReferenceItem> cause = new ComboBox<>();
    final ComboBox<JourneyStageChoice> stage = new ComboBox<>();
    final Checkbox resolved = new Checkbox();
    final ComboBox<RequirementSummary> requirement = new ComboBox<>();
    /** "Promise broken": the promise a failure broke, from the promises that apply to the customer. */
    final ComboBox<ContactPromiseChoices.Choice> promise = new ComboBox<>();

    final Button save = new Button();
    final RecentContacts recent;

    private final DemandService demands;
    private final @Nullable ContactPromiseChoices promiseChoices;

    DemandEntryView(
            DemandService demands,
            DemandReferenceService references,
            CustomerService customers,
            RequirementService requirements,
            BusinessTime time,
            ObjectProvider<ContactPromiseChoices> promiseChoices,
            JourneyStageChoices journeyStages) {
        this.demands = demands;
        this.promiseChoices = promiseChoices.getIfAvailable();
        addClassName("demand-entry-view");
        List<ReferenceItem> channels = references.channels(false);
        channel.setLabel(getTranslation("demand.field.channel"));
        channel.setItems(channels);
        channel.setItemLabelGenerator(c -> c.name(getLocale()));
        channel.setRequiredIndicatorVisible(true);
        if (!channels.isEmpty()) {
            channel.setValue(channels.getFirst());
        }
        words.setLabel(getTranslation("demand.field.words"));
        words.setHelperText(getTranslation("demand.field.wordsHelp"));
        words.setRequiredIndicatorVisible(true);
        words.setMaxLength(DemandService.WORDS_MAX);
        words.setMinRows(2);
        words.setAutofocus(true);
        // Only a refused save marks the words missing, not the emptied field after a save.
        words.setManualValidation(true);
        kind.setLabel(getTranslation("demand.field.kind"));
        kind.setItems(DemandKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey() + ".key"));
        kind.setValue(DemandKind.UNCLASSIFIED);
        cause.setLabel(getTranslation("demand.field.cause"));
        cause.setItems(references.causes(false));
        cause.setItemLabelGenerator(c -> c.name(getLocale()));
        cause.setClearButtonVisible(true);
        cause.setEnabled(false);
        promise.setLabel(getTranslation("demand.field.promise"));
        promise.setHelperText(getTranslation("demand.field.promiseHelp"));
        promise.setItemLabelGenerator(ContactPromiseChoices.Choice::title);
        promise.setClearButtonVisible(true);
        promise.setEnabled(false);
        promise.setVisible(promiseChoices != null);
        kind.addValueChangeListener(e -> {
            cause.setEnabled(e.getValue() == DemandKind.FAILURE);
            promise.setEnabled(e.getValue() == DemandKind.FAILURE);
            if (e.getValue() != DemandKind.FAILURE) {
                cause.clear();
                promise.clear();
            }
        });
        customer.setLabel(getTranslation("demand.field.customer"));
        customer.setClearButtonVisible(true);
        CustomerChoice.bind(customer, customers);
        customer.addValueChangeListener(e -> refreshPromises());
        refreshPromises();
        stage.setLabel(getTranslation("demand.field.stage"));
        stage.setItems(journeyStages.all());
        stage.setItemLabelGenerator(c -> c.label(this::getTranslation));
        stage.setClearButtonVisible(true);
        resolved.setLabel(getTranslation("demand.field.resolved"));
        requirement.setLabel(getTranslation("demand.field.requirement"));
        requirement.setClearButtonVisible(true);
        requirement.setItems(query ->
                requirements
                        .search(query.getFilter().orElse(null), PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream());
        requirement.setItemLabelGenerator(r -> "#" + r.id() + " " + r.title());

        save.setText(getTranslation("demand.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(channel, words, kind, cause, customer, promise, stage, requirement, resolved);
        form.setColspan(channel, 2);
        form.setColspan(words, 2);
        form.setColspan(kind, 2);
        Div actions = new Div(save);
        actions.addClassName("section-actions");
        Paragraph keys = new Paragraph(getTranslation("demand.keys"));
        keys.addClassName("muted");

        // Enter saves (Shift+Enter makes a new line in the words); Alt+letter sets the kind. The
        // browser sends a field's value on change (blur), after the key: each shortcut first moves
        // the focus out and back so that the words typed so far reach the server before it runs.
        Shortcuts.addShortcutListener(this, this::save, Key.ENTER)
                .listenOn(this)
                .resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, () -> classify(DemandKind.VALUE), Key.KEY_V, KeyModifier.ALT)
                .listenOn(this)
                .resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, this::failure, Key.KEY_F, KeyModifier.ALT)
                .listenOn(this)
                .resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, () -> classify(DemandKind.UNCLASSIFIED), Key.KEY_U, KeyModifier.ALT)
                .listenOn(this)
                .resetFocusOnActiveElement();

        recent = new RecentContacts(demands, time, this::edit);
        add(form, actions, keys, new H3(getTranslation("demand.recent")), recent);
    }

    DemandForm form() {
        return new DemandForm(
                channel.getValue() == null ? null : channel.getValue().id(),
                customer.getValue() == null ? null : customer.getValue().id(),
                words.getValue(),
                kind.getValue(),
                cause.getValue() == null ? null : cause.getValue().id(),
                stage.getValue() == null ? null : stage.getValue().phase().name(),
                resolved.getValue(),
                requirement.getValue() == null ? null : requirement.getValue().id(),
                promise.getValue() == null ? null : promise.getValue().id(),
                stage.getValue() == null ? null : stage.getValue().id());
    }

    /** The promises that apply to the chosen customer (all-customer promises when none is chosen). */
    private void refreshPromises() {
        if (promiseChoices == null) {
            return;
        }
        ContactPromiseChoices.Choice kept = promise.getValue();
        List<ContactPromiseChoices.Choice> choices = promiseChoices.forCustomer(
                customer.getValue() == null ? null : customer.getValue().id());
        promise.setItems(choices);
        if (kept != null && choices.contains(kept)) {
            promise.setValue(kept);
        }
    }

    void save() {
        Saving.run(
                this,
                () -> demands.log(form()),
                this::saved,
                getTranslation("demand.saved"),
                Map.of(
                        "channel",
                        channel,
                        "words",
                        words,
                        "cause",
                        cause,
                        "customer",
                        customer,
                        "requirement",
                        requirement,
                        "promise",
                        promise,
                        "stage",
                        stage),
                () -> {});
    }

    /** Alt+F: a failure needs its cause, so the cause is where the keyboard goes next. */
    private void failure() {
        kind.setValue(DemandKind.FAILURE);
        cause.focus();
    }

    /** Alt+V / Alt+U: the cause closes, so the keyboard goes back to the words if it was there. */
    private void classify(DemandKind value) {
        boolean fromCause = kind.getValue() == DemandKind.FAILURE;
        kind.setValue(value);
        if (fromCause) {
            words.focus();
        }
    }

    private void saved(DemandItem item) {
        ReferenceItem keep = channel.getValue();
        words.clear();
        kind.setValue(DemandKind.UNCLASSIFIED);
        cause.clear();
        customer.clear();
        stage.clear();
        resolved.clear();
        requirement.clear();
        promise.clear();
        channel.setValue(keep);
        words.focus();
        recent.refresh();
    }

    private void edit(DemandItem item) {
        new CorrectDemandDialog(item, this, demands, () -> recent.refresh()).open();
    }

    @Override
    public String titleKey() {
        return "menu.demandNew";
    }
}

package se.kundlofte.promise.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.promise.HealthThresholds;
import se.kundlofte.promise.PromiseDetails;

/** The owner sets the thresholds of the promise's health rules. */
class ThresholdsDialog extends FormDialog {

    final IntegerField windowDays = field("promise.thresholds.windowDays");
    final IntegerField atRiskContacts = field("promise.thresholds.atRiskContacts");
    final IntegerField brokenContacts = field("promise.thresholds.brokenContacts");
    final IntegerField atRiskRate = field("promise.thresholds.atRiskRate");
    final IntegerField brokenRate = field("promise.thresholds.brokenRate");
    final Button save = new Button();

    ThresholdsDialog(
            PromiseDetails promise,
            Function<HealthThresholds, PromiseDetails> saver,
            Consumer<PromiseDetails> onSaved) {
        setHeaderTitle(getTranslation("promise.thresholds.edit"));
        setWidth("min(36rem, 95vw)");
        HealthThresholds t = promise.thresholds();
        windowDays.setValue(t.windowDays());
        atRiskContacts.setValue(t.atRiskContacts());
        brokenContacts.setValue(t.brokenContacts());
        atRiskRate.setValue(t.atRiskRate());
        brokenRate.setValue(t.brokenRate());
        atRiskRate.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        brokenRate.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        FormLayout form = new FormLayout(windowDays, atRiskContacts, brokenContacts, atRiskRate, brokenRate);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(
                () -> saver.apply(new HealthThresholds(
                        value(windowDays),
                        value(atRiskContacts),
                        value(brokenContacts),
                        value(atRiskRate),
                        value(brokenRate))),
                onSaved,
                getTranslation("promise.thresholds.saved")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private IntegerField field(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of(
                "windowDays", windowDays,
                "atRiskContacts", atRiskContacts,
                "brokenContacts", brokenContacts,
                "atRiskRate", atRiskRate,
                "brokenRate", brokenRate);
    }

    @Override
    protected void reload() {
        close();
    }
}

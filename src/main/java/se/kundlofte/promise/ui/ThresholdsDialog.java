package se.kundlofte.promise.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.kundlofte.base.ui.ConflictMerge;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.promise.HealthThresholds;
import se.kundlofte.promise.PromiseDetails;

/**
 * The owner sets the thresholds of the promise's health rules, against the version of the promise
 * they opened: a colleague's save in between is a conflict, and "load the latest version" shows the
 * colleague's thresholds while keeping the ones the user changed and nobody else did.
 */
class ThresholdsDialog extends FormDialog {

    /** Saves the thresholds against the promise's version the dialog shows. */
    interface Saver {
        PromiseDetails save(long version, HealthThresholds thresholds);
    }

    final IntegerField windowDays = field("promise.thresholds.windowDays");
    final IntegerField atRiskContacts = field("promise.thresholds.atRiskContacts");
    final IntegerField brokenContacts = field("promise.thresholds.brokenContacts");
    final IntegerField atRiskRate = field("promise.thresholds.atRiskRate");
    final IntegerField brokenRate = field("promise.thresholds.brokenRate");
    final Button save = new Button();
    final ConflictMerge merge = new ConflictMerge();

    private final Supplier<PromiseDetails> loader;
    private final Runnable onReloaded;
    private PromiseDetails promise;

    ThresholdsDialog(
            PromiseDetails promise,
            Supplier<PromiseDetails> loader,
            Saver saver,
            Consumer<PromiseDetails> onSaved,
            Runnable onReloaded) {
        this.promise = promise;
        this.loader = loader;
        this.onReloaded = onReloaded;
        setHeaderTitle(getTranslation("promise.thresholds.edit"));
        setWidth("min(36rem, 95vw)");
        atRiskRate.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        brokenRate.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        FormLayout form = new FormLayout(windowDays, atRiskContacts, brokenContacts, atRiskRate, brokenRate);
        add(merge, form);
        merge.track(windowDays, atRiskContacts, brokenContacts, atRiskRate, brokenRate);
        fill(promise.thresholds());
        merge.opened();
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(
                () -> saver.save(
                        this.promise.version(),
                        new HealthThresholds(
                                value(windowDays),
                                value(atRiskContacts),
                                value(brokenContacts),
                                value(atRiskRate),
                                value(brokenRate))),
                onSaved,
                getTranslation("promise.thresholds.saved")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void fill(HealthThresholds t) {
        windowDays.setValue(t.windowDays());
        atRiskContacts.setValue(t.atRiskContacts());
        brokenContacts.setValue(t.brokenContacts());
        atRiskRate.setValue(t.atRiskRate());
        brokenRate.setValue(t.brokenRate());
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

    /** The colleague's thresholds, with the user's own changes kept where they did not collide; the page too. */
    @Override
    protected void reload() {
        merge.merge(
                () -> {
                    promise = loader.get();
                    fill(promise.thresholds());
                },
                true);
        onReloaded.run();
    }
}

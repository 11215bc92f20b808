package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import se.kundlofte.requirement.MonitoringForm;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementRules;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/** The indicator, target and next review that confirm the expectation is met. */
class MonitoringSection extends PageSection {

    final TextField indicator = new TextField();
    final TextField target = new TextField();
    final DatePicker nextReview = new DatePicker();

    MonitoringSection(
            RequirementDetails r,
            RequirementService service,
            Consumer<RequirementDetails> onSaved,
            Runnable onConflict) {
        super("monitoring", "requirement.section.monitoring", onSaved, onConflict);
        indicator.setLabel(getTranslation("requirement.field.indicator"));
        indicator.setMaxLength(RequirementRules.SHORT_MAX);
        target.setLabel(getTranslation("requirement.field.target"));
        target.setMaxLength(RequirementRules.SHORT_MAX);
        nextReview.setLabel(getTranslation("requirement.field.nextReview"));
        indicator.setValue(r.indicator() == null ? "" : r.indicator());
        target.setValue(r.target() == null ? "" : r.target());
        nextReview.setValue(r.nextReview());
        body.add(new FormLayout(indicator, target, nextReview));
        editable(CurrentUser.can(Permission.REQUIREMENT_ANALYSE), indicator, target, nextReview);
        save.addClickListener(e -> saving(
                () -> service.updateMonitoring(
                        r.id(),
                        r.version(),
                        new MonitoringForm(indicator.getValue(), target.getValue(), nextReview.getValue())),
                Map.of("indicator", indicator, "target", target)));
    }
}

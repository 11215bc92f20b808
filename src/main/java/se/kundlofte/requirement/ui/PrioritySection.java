package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.kundlofte.requirement.Priority;
import se.kundlofte.requirement.PriorityForm;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/** Customer value, risk and the critical flag, with the score and its formula. */
class PrioritySection extends PageSection {

    final RadioButtonGroup<Integer> value = new RadioButtonGroup<>();
    final RadioButtonGroup<Integer> risk = new RadioButtonGroup<>();
    final Checkbox critical = new Checkbox();
    final Span score = new Span();

    PrioritySection(
            RequirementDetails r,
            RequirementService service,
            Consumer<RequirementDetails> onSaved,
            Runnable onConflict) {
        super("priority", "requirement.section.priority", onSaved, onConflict);
        value.setLabel(getTranslation("requirement.field.customerValue"));
        risk.setLabel(getTranslation("requirement.field.risk"));
        for (RadioButtonGroup<Integer> group : List.of(value, risk)) {
            group.setItems(1, 2, 3, 4, 5);
        }
        critical.setLabel(getTranslation("requirement.field.critical"));
        value.setValue(r.customerValue());
        risk.setValue(r.risk());
        critical.setValue(r.critical());
        Integer current = r.score();
        score.setText(
                current == null
                        ? getTranslation("requirement.score.missing")
                        : getTranslation(
                                "requirement.score",
                                current,
                                getTranslation(r.priority().translationKey())));
        score.setId("priority-score");
        score.addClassName("score");
        Paragraph formula =
                new Paragraph(getTranslation("requirement.score.formula", Priority.HIGH_FROM, Priority.MEDIUM_FROM));
        formula.addClassName("muted");
        body.add(new FormLayout(value, risk, critical), score, formula);
        editable(CurrentUser.can(Permission.REQUIREMENT_ANALYSE), value, risk, critical);
        save.addClickListener(e -> saving(
                () -> service.updatePriority(
                        r.id(), r.version(), new PriorityForm(value.getValue(), risk.getValue(), critical.getValue())),
                Map.of("customerValue", value, "risk", risk)));
    }
}

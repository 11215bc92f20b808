package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import se.kundlofte.requirement.AnalysisForm;
import se.kundlofte.requirement.Answer;
import se.kundlofte.requirement.Effort;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/** Does it apply to us, is it realistic, what constrains it, what will it take. */
class AnalysisSection extends PageSection {

    final RadioButtonGroup<Answer> applies = new RadioButtonGroup<>();
    final TextArea appliesWhy = new TextArea();
    final RadioButtonGroup<Answer> realistic = new RadioButtonGroup<>();
    final TextArea realisticWhy = new TextArea();
    final TextArea constraints = new TextArea();
    final RadioButtonGroup<Effort> effort = new RadioButtonGroup<>();

    AnalysisSection(
            RequirementDetails r,
            RequirementService service,
            Consumer<RequirementDetails> onSaved,
            Runnable onConflict) {
        super("analysis", "requirement.section.analysis", onSaved, onConflict);
        applies.setLabel(getTranslation("requirement.field.applies"));
        realistic.setLabel(getTranslation("requirement.field.realistic"));
        for (RadioButtonGroup<Answer> group : java.util.List.of(applies, realistic)) {
            group.setItems(Answer.values());
            group.setItemLabelGenerator(a -> getTranslation(a.translationKey()));
        }
        appliesWhy.setLabel(getTranslation("requirement.field.why"));
        realisticWhy.setLabel(getTranslation("requirement.field.why"));
        constraints.setLabel(getTranslation("requirement.field.constraints"));
        effort.setLabel(getTranslation("requirement.field.effort"));
        effort.setItems(Effort.values());
        effort.setItemLabelGenerator(e -> getTranslation("effort." + e.name()));
        applies.setValue(r.applies());
        appliesWhy.setValue(r.appliesWhy() == null ? "" : r.appliesWhy());
        realistic.setValue(r.realistic());
        realisticWhy.setValue(r.realisticWhy() == null ? "" : r.realisticWhy());
        constraints.setValue(r.constraintsNote() == null ? "" : r.constraintsNote());
        effort.setValue(r.effort());
        FormLayout form = new FormLayout(applies, appliesWhy, realistic, realisticWhy, effort, constraints);
        body.add(form);
        editable(
                CurrentUser.can(Permission.REQUIREMENT_ANALYSE),
                applies,
                appliesWhy,
                realistic,
                realisticWhy,
                constraints,
                effort);
        save.addClickListener(e -> saving(
                () -> service.updateAnalysis(
                        r.id(),
                        r.version(),
                        new AnalysisForm(
                                applies.getValue(),
                                appliesWhy.getValue(),
                                realistic.getValue(),
                                realisticWhy.getValue(),
                                constraints.getValue(),
                                effort.getValue())),
                Map.of("appliesWhy", appliesWhy, "realisticWhy", realisticWhy, "constraintsNote", constraints)));
    }
}

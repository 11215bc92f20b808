package se.kundlofte.promise.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.promise.ReviewDecision;
import se.kundlofte.promise.ReviewForm;
import se.kundlofte.promise.ReviewItem;

/**
 * Seed 000's question: change the promise, clarify it, or leave it? "Change" asks for the new text
 * (shown as the next version), "clarify" for how it will be communicated.
 */
class ReviewDialog extends FormDialog {

    final RadioButtonGroup<ReviewDecision> decision = new RadioButtonGroup<>();
    final TextArea rationale = new TextArea();
    final TextArea communication = new TextArea();
    final TextArea newText = new TextArea();
    final Button save = new Button();

    ReviewDialog(
            ReviewItem review,
            String currentText,
            Function<ReviewForm, ReviewItem> saver,
            Consumer<ReviewItem> onSaved) {
        setHeaderTitle(getTranslation("promise.review.title", review.promiseTitle()));
        setWidth("min(44rem, 95vw)");
        Paragraph event =
                new Paragraph(getTranslation("promise.review.event", review.customerName(), review.beyondWhat()));
        event.addClassName("review-event");
        decision.setLabel(getTranslation("promise.review.question"));
        decision.setItems(ReviewDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation(d.translationKey()));
        decision.setRequiredIndicatorVisible(true);
        rationale.setLabel(getTranslation("promise.review.rationale"));
        rationale.setRequiredIndicatorVisible(true);
        rationale.setMaxLength(PromiseService.TEXT_MAX);
        communication.setLabel(getTranslation("promise.review.communication"));
        communication.setHelperText(getTranslation("promise.review.communicationHelp"));
        communication.setMaxLength(PromiseService.TEXT_MAX);
        newText.setLabel(getTranslation("promise.review.newText"));
        newText.setMaxLength(PromiseService.TEXT_MAX);
        newText.setValue(currentText);
        newText.setMinRows(3);
        decision.addValueChangeListener(e -> show());
        show();
        FormLayout form = new FormLayout(decision, rationale, communication, newText);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(event, form);
        save.setText(getTranslation("promise.review.decide"));
        save.setId("decide-review");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(() -> saver.apply(form()), onSaved, getTranslation("promise.review.decided")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void show() {
        communication.setVisible(decision.getValue() == ReviewDecision.CLARIFY);
        communication.setRequiredIndicatorVisible(decision.getValue() == ReviewDecision.CLARIFY);
        newText.setVisible(decision.getValue() == ReviewDecision.CHANGE);
        newText.setRequiredIndicatorVisible(decision.getValue() == ReviewDecision.CHANGE);
    }

    ReviewForm form() {
        return new ReviewForm(decision.getValue(), rationale.getValue(), communication.getValue(), newText.getValue());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("decision", decision, "rationale", rationale, "communication", communication, "newText", newText);
    }

    @Override
    protected void reload() {
        close();
    }
}

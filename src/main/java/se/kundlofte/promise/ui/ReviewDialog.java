package se.kundlofte.promise.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import se.kundlofte.base.ui.ConflictMerge;
import se.kundlofte.base.ui.FormDialog;
import se.kundlofte.promise.PromiseDetails;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.promise.ReviewDecision;
import se.kundlofte.promise.ReviewForm;
import se.kundlofte.promise.ReviewItem;

/**
 * Seed 000's question: change the promise, clarify it, or leave it? "Change" asks for the new text
 * (shown as the next version), "clarify" for how it will be communicated. The decision is saved
 * against the review's version and the wording the decider saw. When a colleague decided first,
 * "load the latest version" shows their decision and what the user wrote (to copy, not to save);
 * when the promise was reworded meanwhile, it shows the new wording and keeps the user's decision.
 */
class ReviewDialog extends FormDialog {

    /** Reads the review and its promise as they are stored now. */
    interface Loader {
        ReviewItem review(long id);

        PromiseDetails promise(long id);
    }

    /** Decides the review against the version the dialog shows. */
    interface Saver {
        ReviewItem decide(long version, ReviewForm form);
    }

    final RadioButtonGroup<ReviewDecision> decision = new RadioButtonGroup<>();
    final TextArea rationale = new TextArea();
    final TextArea communication = new TextArea();
    final TextArea newText = new TextArea();
    final Button save = new Button();
    final ConflictMerge merge = new ConflictMerge();
    final Paragraph decidedMeanwhile = new Paragraph();
    final WordingPanel wording;

    private final Loader loader;
    private final Runnable onReloaded;
    private ReviewItem review;

    ReviewDialog(
            ReviewItem review,
            PromiseDetails promise,
            Loader loader,
            Saver saver,
            Consumer<ReviewItem> onSaved,
            Runnable onReloaded) {
        this.review = review;
        this.loader = loader;
        this.onReloaded = onReloaded;
        this.wording = new WordingPanel(promise);
        setHeaderTitle(getTranslation("promise.review.title", review.promiseTitle()));
        setWidth("min(44rem, 95vw)");
        Paragraph event =
                new Paragraph(getTranslation("promise.review.event", review.customerName(), review.beyondWhat()));
        event.addClassName("review-event");
        decidedMeanwhile.setId("review-decided-meanwhile");
        decidedMeanwhile.addClassName("review-decided");
        decidedMeanwhile.setVisible(false);
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
        newText.setValue(promise.text());
        newText.setMinRows(3);
        decision.addValueChangeListener(e -> show());
        show();
        FormLayout form = new FormLayout(decision, rationale, communication, newText);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(merge, decidedMeanwhile, event, wording, form);
        merge.track(decision, rationale, communication, newText);
        merge.opened();
        save.setText(getTranslation("promise.review.decide"));
        save.setId("decide-review");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(
                () -> saver.decide(this.review.version(), form()), onSaved, getTranslation("promise.review.decided")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void show() {
        communication.setVisible(decision.getValue() == ReviewDecision.CLARIFY);
        communication.setRequiredIndicatorVisible(decision.getValue() == ReviewDecision.CLARIFY);
        newText.setVisible(decision.getValue() == ReviewDecision.CHANGE);
        newText.setRequiredIndicatorVisible(decision.getValue() == ReviewDecision.CHANGE);
    }

    ReviewForm form() {
        return new ReviewForm(decision.getValue(), rationale.getValue(), communication.getValue(), newText.getValue())
                .withWordingSeen(wording.textVersion());
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("decision", decision, "rationale", rationale, "communication", communication, "newText", newText);
    }

    /**
     * Decided by a colleague meanwhile: their decision fills the form, which can no longer be saved,
     * and what the user wrote is listed beside it. Still open (the promise was reworded): the new
     * wording is shown and becomes the starting text of a change, the user's own text kept beside it.
     */
    @Override
    protected void reload() {
        ReviewItem latest = loader.review(review.id());
        PromiseDetails promise = loader.promise(latest.promiseId());
        boolean decided = !latest.open();
        merge.merge(
                () -> {
                    review = latest;
                    wording.update(promise);
                    decision.setValue(latest.decision());
                    rationale.setValue(Objects.toString(latest.rationale(), ""));
                    communication.setValue(Objects.toString(latest.communication(), ""));
                    newText.setValue(promise.text());
                },
                !decided);
        if (decided) {
            decidedMeanwhile.setText(getTranslation(
                    "promise.review.decidedMeanwhile",
                    Objects.toString(latest.decidedByName(), ""),
                    getTranslation(latest.decision().translationKey())));
            decidedMeanwhile.setVisible(true);
            decision.setReadOnly(true);
            rationale.setReadOnly(true);
            communication.setReadOnly(true);
            newText.setReadOnly(true);
            save.setVisible(false);
        }
        onReloaded.run();
    }
}

package se.kundlofte.promise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import se.kundlofte.promise.PromiseReviewService;
import se.kundlofte.promise.ReviewItem;

/** "Change, clarify or leave?" reviews: the event that opened each, and its decision or a Decide button. */
class ReviewList extends Div {

    final Grid<ReviewItem> grid = new Grid<>();

    ReviewList(PromiseReviewService reviews, boolean withPromise, Consumer<ReviewItem> onDecide) {
        addClassName("review-list");
        grid.addColumn(r -> r.openedAt().toString().substring(0, 10))
                .setHeader(getTranslation("promise.review.opened"))
                .setWidth("8rem")
                .setFlexGrow(0);
        if (withPromise) {
            grid.addComponentColumn(r -> PromiseNavigation.promiseLink(r.promiseTitle(), r.promiseId()))
                    .setHeader(getTranslation("promise.title"))
                    .setFlexGrow(2);
            grid.addColumn(ReviewItem::ownerName)
                    .setHeader(getTranslation("promise.field.owner"))
                    .setFlexGrow(1);
        }
        grid.addColumn(r -> r.customerName() + ": " + r.beyondWhat())
                .setHeader(getTranslation("promise.review.event.column"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.estimatedCost() == null ? "" : r.estimatedCost().toPlainString() + " kr")
                .setHeader(getTranslation("promise.beyond.cost"))
                .setFlexGrow(1);
        grid.addComponentColumn(r -> {
                    if (r.open()) {
                        if (!reviews.mayDecide(r)) {
                            return new Span(getTranslation("promise.review.open"));
                        }
                        Button decide = new Button(getTranslation("promise.review.decide"), e -> onDecide.accept(r));
                        decide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                        decide.addClassName("decide-review");
                        return decide;
                    }
                    Span decided = new Span(getTranslation(r.decision().translationKey())
                            + " – " + Objects.toString(r.decidedByName(), "") + ": "
                            + Objects.toString(r.rationale(), "")
                            + (r.communication() == null ? "" : " (" + r.communication() + ")")
                            + (r.newVersionNo() == null
                                    ? ""
                                    : " " + getTranslation("promise.review.newVersion", r.newVersionNo())));
                    decided.addClassName("review-decided");
                    return decided;
                })
                .setHeader(getTranslation("promise.review.column"))
                .setKey("decision")
                .setFlexGrow(3);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("promise.review.none"));
        add(grid);
    }

    void show(List<ReviewItem> items) {
        grid.setItems(items);
    }
}

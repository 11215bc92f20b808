package se.kundlofte.promise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import se.kundlofte.promise.PromiseReviewService;
import se.kundlofte.promise.ReviewItem;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.shell.StartSection;

/**
 * The "change, clarify or leave?" reviews waiting for this user's decision on the start page: all
 * open ones for the CEO, a promise owner's own ones for the owner.
 */
@org.springframework.stereotype.Component
class ReviewStartSection implements StartSection {

    static final int SHOWN = 5;

    private final PromiseReviewService reviews;

    ReviewStartSection(PromiseReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create(KundlofteUser user) {
        List<ReviewItem> mine =
                reviews.openReviews().stream().filter(reviews::mayDecide).toList();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Card card = new Card();
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.setId("my-open-reviews");
        card.addClassName("start-open-reviews");
        card.setTitle(card.getTranslation("promise.start.title", mine.size()));
        for (ReviewItem review : mine.stream().limit(SHOWN).toList()) {
            Div row = new Div(
                    PromiseNavigation.promiseLink(review.promiseTitle(), review.promiseId()),
                    new Text(" "),
                    new Span(card.getTranslation("promise.start.beyond", review.customerName(), review.beyondWhat())));
            row.addClassName("start-review");
            card.add(row);
        }
        card.add(PromiseNavigation.reviewsLink(card.getTranslation("promise.start.all")));
        return Optional.of(card);
    }
}

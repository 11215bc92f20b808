package se.kundlofte.promise.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.promise.PromiseReviewService;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.security.Permission;

/**
 * The open "change, clarify or leave?" reviews, oldest first: the CEO's list (everyone may read
 * it; the CEO, and each promise's owner for their own, decide).
 */
@Route("promises/reviews")
@RolesAllowed(Permission.PROMISE_READ)
class PromiseReviewsView extends Main implements TitledView {

    final ReviewList list;
    private final PromiseReviewService reviews;

    PromiseReviewsView(PromiseReviewService reviews, PromiseService promises, PromiseParts parts) {
        this.reviews = reviews;
        addClassNames("list-view", "promise-reviews-view");
        RouterLink back = new RouterLink(getTranslation("promise.backToRegister"), PromiseListView.class);
        back.addClassName("back-link");
        Paragraph intro = new Paragraph(getTranslation("promise.reviews.intro"));
        intro.addClassName("muted");
        list = new ReviewList(
                reviews, true, review -> parts.reviewDialog(review, promises.get(review.promiseId()), this::refresh)
                        .open());
        list.setId("open-reviews");
        add(back, intro, list);
        refresh();
    }

    private void refresh() {
        list.show(reviews.openReviews());
    }

    @Override
    public String titleKey() {
        return "promise.reviews.title";
    }
}

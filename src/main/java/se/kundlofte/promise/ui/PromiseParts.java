package se.kundlofte.promise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Objects;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.customer.ui.CustomerNavigation;
import se.kundlofte.promise.BeyondItem;
import se.kundlofte.promise.PerceivedItem;
import se.kundlofte.promise.PromiseDetails;
import se.kundlofte.promise.PromiseGapService;
import se.kundlofte.promise.PromiseHealth;
import se.kundlofte.promise.PromiseHealthService;
import se.kundlofte.promise.PromiseReviewService;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.promise.ReviewItem;
import se.kundlofte.requirement.ui.RequirementNavigation;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;
import se.kundlofte.user.UserDirectory;

/** Builds the sections of the promise page, wired to the services; the page itself only arranges them. */
@org.springframework.stereotype.Component
class PromiseParts {

    private final PromiseService promises;
    private final PromiseHealthService health;
    private final PromiseGapService gaps;
    private final PromiseReviewService reviews;
    private final CustomerService customers;
    private final UserDirectory users;
    private final BusinessTime time;

    PromiseParts(
            PromiseService promises,
            PromiseHealthService health,
            PromiseGapService gaps,
            PromiseReviewService reviews,
            CustomerService customers,
            UserDirectory users,
            BusinessTime time) {
        this.promises = promises;
        this.health = health;
        this.gaps = gaps;
        this.reviews = reviews;
        this.customers = customers;
        this.users = users;
        this.time = time;
    }

    PromiseHealth healthOf(long promiseId) {
        return health.health(promiseId);
    }

    Component health(PromiseDetails promise, Runnable onChanged) {
        return new PromiseHealthPanel(promise, health, promises, customers, time, onChanged);
    }

    Component perceived(PromiseDetails promise, Runnable onChanged) {
        Div panel = new Div();
        Grid<PerceivedItem> grid = perceivedGrid(false);
        grid.setId("perceived-grid");
        grid.setItems(gaps.perceived(promise.id()));
        if (CurrentUser.can(Permission.PROMISE_PERCEIVED)) {
            Button add = new Button(panel.getTranslation("promise.perceived.add"), new Icon(VaadinIcon.PLUS));
            add.setId("add-perceived");
            add.addClickListener(e -> new PerceivedDialog(
                            customers,
                            time.today(),
                            promise,
                            () -> promises.get(promise.id()),
                            form -> gaps.addPerceived(promise.id(), form),
                            saved -> onChanged.run(),
                            onChanged)
                    .open());
            panel.add(add);
        }
        panel.add(grid);
        return panel;
    }

    /** The perceived-promise grid, with the promise column on the customer page. */
    static Grid<PerceivedItem> perceivedGrid(boolean withPromise) {
        Grid<PerceivedItem> grid = new Grid<>();
        grid.addColumn(p -> p.recordedOn().toString())
                .setHeader(grid.getTranslation("promise.perceived.recordedOn"))
                .setWidth("8rem")
                .setFlexGrow(0);
        if (withPromise) {
            grid.addComponentColumn(p -> PromiseNavigation.promiseLink(p.promiseTitle(), p.promiseId()))
                    .setHeader(grid.getTranslation("promise.title"))
                    .setFlexGrow(2);
        } else {
            grid.addComponentColumn(p -> CustomerNavigation.customerLink(p.customerName(), p.customerId()))
                    .setHeader(grid.getTranslation("promise.field.customer"))
                    .setFlexGrow(1);
        }
        grid.addColumn(p -> Objects.toString(p.stakeholder(), ""))
                .setHeader(grid.getTranslation("promise.perceived.stakeholder"))
                .setFlexGrow(1);
        grid.addColumn(PerceivedItem::believed)
                .setHeader(grid.getTranslation("promise.perceived.believed"))
                .setFlexGrow(3);
        grid.addColumn(p -> Objects.toString(p.cameFrom(), ""))
                .setHeader(grid.getTranslation("promise.perceived.cameFrom"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(grid.getTranslation("promise.perceived.none"));
        return grid;
    }

    Component beyond(PromiseDetails promise, Runnable onChanged) {
        Div panel = new Div();
        Grid<BeyondItem> grid = beyondGrid(false);
        grid.setId("beyond-grid");
        grid.setItems(gaps.beyond(promise.id()));
        if (CurrentUser.can(Permission.PROMISE_PERCEIVED)) {
            Button add = new Button(panel.getTranslation("promise.beyond.add"), new Icon(VaadinIcon.PLUS));
            add.setId("add-beyond");
            add.addClickListener(e -> new BeyondDialog(
                            customers,
                            users.everyone(),
                            time.today(),
                            promise,
                            () -> promises.get(promise.id()),
                            form -> gaps.addBeyond(promise.id(), form),
                            saved -> onChanged.run(),
                            onChanged)
                    .open());
            panel.add(add);
        }
        panel.add(grid, new H4(panel.getTranslation("promise.section.reviews")), reviewGrid(promise, onChanged));
        return panel;
    }

    static Grid<BeyondItem> beyondGrid(boolean withPromise) {
        Grid<BeyondItem> grid = new Grid<>();
        grid.addColumn(b -> b.occurredOn().toString())
                .setHeader(grid.getTranslation("promise.beyond.occurredOn"))
                .setWidth("8rem")
                .setFlexGrow(0);
        if (withPromise) {
            grid.addComponentColumn(b -> PromiseNavigation.promiseLink(b.promiseTitle(), b.promiseId()))
                    .setHeader(grid.getTranslation("promise.title"))
                    .setFlexGrow(2);
        } else {
            grid.addComponentColumn(b -> CustomerNavigation.customerLink(b.customerName(), b.customerId()))
                    .setHeader(grid.getTranslation("promise.field.customer"))
                    .setFlexGrow(1);
        }
        grid.addColumn(BeyondItem::what)
                .setHeader(grid.getTranslation("promise.beyond.what"))
                .setFlexGrow(3);
        grid.addColumn(b -> b.estimatedCost() == null ? "" : b.estimatedCost().toPlainString() + " kr")
                .setHeader(grid.getTranslation("promise.beyond.cost"))
                .setFlexGrow(1);
        grid.addColumn(b -> Objects.toString(b.approvedByName(), ""))
                .setHeader(grid.getTranslation("promise.beyond.approvedBy"))
                .setFlexGrow(1);
        grid.addColumn(b -> b.decision() == null
                        ? grid.getTranslation("promise.review.open")
                        : grid.getTranslation(b.decision().translationKey()))
                .setHeader(grid.getTranslation("promise.review.column"))
                .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(grid.getTranslation("promise.beyond.none"));
        return grid;
    }

    private Component reviewGrid(PromiseDetails promise, Runnable onChanged) {
        ReviewList list = new ReviewList(reviews, false, review -> reviewDialog(review, promise, onChanged)
                .open());
        list.setId("promise-reviews");
        list.show(reviews.reviews(promise.id()));
        return list;
    }

    /** The review dialog, wired to reload the review and the promise after a conflict. */
    ReviewDialog reviewDialog(ReviewItem review, PromiseDetails promise, Runnable onChanged) {
        return new ReviewDialog(
                review,
                promise,
                new ReviewDialog.Loader() {
                    @Override
                    public ReviewItem review(long id) {
                        return reviews.review(id);
                    }

                    @Override
                    public PromiseDetails promise(long id) {
                        return promises.get(id);
                    }
                },
                (version, form) -> reviews.decide(review.id(), version, form),
                saved -> onChanged.run(),
                onChanged);
    }

    Component requirements(PromiseDetails promise, Runnable onChanged) {
        Div panel = new Div();
        panel.setId("linked-requirements");
        var linked = promises.requirements(promise.id());
        if (linked.isEmpty()) {
            panel.add(new com.vaadin.flow.component.html.Paragraph(panel.getTranslation("promise.requirements.none")));
        }
        for (var r : linked) {
            Div row = new Div(
                    RequirementNavigation.requirementLink("#" + r.id() + " " + r.title(), r.id()),
                    new com.vaadin.flow.component.html.Span(" – " + panel.getTranslation(r.stage())));
            row.addClassName("linked-requirement");
            panel.add(row);
        }
        if (CurrentUser.can(Permission.PROMISE_EDIT) && CurrentUser.can(Permission.REQUIREMENT_CREATE)) {
            Button create = new Button(panel.getTranslation("promise.requirements.create"), new Icon(VaadinIcon.PLUS));
            create.setId("create-requirement");
            create.addClickListener(e -> new PromiseRequirementDialog(
                            promise, form -> promises.createRequirement(promise.id(), form), saved -> onChanged.run())
                    .open());
            panel.add(create);
        }
        return panel;
    }

    Component history(PromiseDetails promise) {
        return new PromiseHistoryPanel(promises.versions(promise.id()), time);
    }

    List<ReviewItem> openReviews() {
        return reviews.openReviews();
    }
}

package se.kundlofte.promise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.promise.PromiseFilter;
import se.kundlofte.promise.PromiseListItem;
import se.kundlofte.promise.PromiseReviewService;
import se.kundlofte.promise.PromiseService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/** The promise register: every promise, to whom, its owner, validity and health; a page at a time. */
@Route("promises")
@Menu(title = "menu.promises", order = 25, icon = "vaadin:handshake")
@RolesAllowed(Permission.PROMISE_READ)
class PromiseListView extends Main implements TitledView {

    final TextField search = new TextField();
    final Checkbox includeRetired = new Checkbox();
    final Button create = new Button();
    final Grid<PromiseListItem> grid = new Grid<>();
    final RouterLink reviews;

    private final PromiseService promises;

    PromiseListView(
            PromiseService promises, PromiseReviewService reviewService, PromiseEditing editing, BusinessTime time) {
        this.promises = promises;
        addClassNames("list-view", "promise-list-view");
        search.setPlaceholder(getTranslation("promises.search"));
        search.setAriaLabel(getTranslation("promises.search"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        includeRetired.setLabel(getTranslation("promises.filter.retired"));
        includeRetired.addValueChangeListener(e -> refresh());
        Div filters = new Div(search, includeRetired);
        filters.addClassName("filters");

        int open = reviewService.openReviews().size();
        reviews = PromiseNavigation.reviewsLink(getTranslation("promises.openReviews", open));
        reviews.setId("open-reviews-link");
        Div actions = new Div(reviews);
        actions.addClassName("actions");
        if (CurrentUser.can(Permission.PROMISE_EDIT)) {
            create.setText(getTranslation("promises.action.new"));
            create.setIcon(new Icon(VaadinIcon.PLUS));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> editing.open(null, saved -> PromiseNavigation.toPromise(saved.id())));
            actions.add(create);
        }
        Div toolbar = new Div(filters, actions);
        toolbar.addClassName("toolbar");

        grid.addComponentColumn(p -> PromiseNavigation.promiseLink(p.title(), p.id()))
                .setHeader(getTranslation("promise.field.title"))
                .setFlexGrow(3);
        grid.addColumn(p -> PromiseBadges.scope(this, p))
                .setHeader(getTranslation("promise.field.scope"))
                .setFlexGrow(2);
        grid.addComponentColumn(p -> PromiseBadges.health(this, p.health()))
                .setHeader(getTranslation("promise.health"))
                .setFlexGrow(1);
        grid.addColumn(PromiseListItem::ownerName)
                .setHeader(getTranslation("promise.field.owner"))
                .setFlexGrow(1);
        grid.addColumn(p -> p.validFrom() + " – " + (p.validTo() == null ? "" : p.validTo())
                        + (p.retired() ? " (" + getTranslation("promise.retired") + ")" : ""))
                .setHeader(getTranslation("promise.validity"))
                .setFlexGrow(1);
        grid.setItemsPageable(pageable -> promises.list(filter(), pageable));
        grid.setEmptyStateText(getTranslation("promises.empty"));
        add(toolbar, grid);
    }

    PromiseFilter filter() {
        return PromiseFilter.all().withText(search.getValue()).withRetired(includeRetired.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String titleKey() {
        return "menu.promises";
    }
}

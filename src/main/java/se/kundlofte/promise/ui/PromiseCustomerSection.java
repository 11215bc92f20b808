package se.kundlofte.promise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.ui.CustomerSection;
import se.kundlofte.promise.PromiseGapService;
import se.kundlofte.promise.PromiseListItem;
import se.kundlofte.promise.PromiseService;

/** The customer page's promises: those that apply to the customer with their health, its perceived-promise gaps and beyond-promise events. */
@org.springframework.stereotype.Component
class PromiseCustomerSection implements CustomerSection {

    private final PromiseService promises;
    private final PromiseGapService gaps;

    PromiseCustomerSection(PromiseService promises, PromiseGapService gaps) {
        this.promises = promises;
        this.gaps = gaps;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public String titleKey() {
        return "promise.customerSection";
    }

    @Override
    public Component create(CustomerDetails customer) {
        Div section = new Div();
        section.addClassName("customer-promises");
        Grid<PromiseListItem> applying = new Grid<>();
        applying.setId("customer-promises");
        applying.addComponentColumn(p -> PromiseNavigation.promiseLink(p.title(), p.id()))
                .setHeader(section.getTranslation("promise.title"))
                .setFlexGrow(3);
        applying.addColumn(p -> PromiseBadges.scope(section, p))
                .setHeader(section.getTranslation("promise.field.scope"))
                .setFlexGrow(2);
        applying.addComponentColumn(p -> PromiseBadges.health(section, p.health()))
                .setHeader(section.getTranslation("promise.health"))
                .setFlexGrow(1);
        applying.setItems(promises.forCustomer(customer.id()));
        applying.setAllRowsVisible(true);
        applying.setEmptyStateText(section.getTranslation("promise.customer.none"));

        Grid<se.kundlofte.promise.PerceivedItem> perceived = PromiseParts.perceivedGrid(true);
        perceived.setId("customer-perceived");
        perceived.setItems(gaps.perceivedForCustomer(customer.id()));
        Grid<se.kundlofte.promise.BeyondItem> beyond = PromiseParts.beyondGrid(true);
        beyond.setId("customer-beyond");
        beyond.setItems(gaps.beyondForCustomer(customer.id()));
        section.add(
                applying,
                new H4(section.getTranslation("promise.section.perceived")),
                perceived,
                new H4(section.getTranslation("promise.section.beyond")),
                beyond);
        return section;
    }
}

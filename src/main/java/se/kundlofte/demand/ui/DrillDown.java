package se.kundlofte.demand.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.demand.DemandFilter;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.demand.DemandService;

/** The contacts behind a figure, loaded lazily a page at a time. */
class DrillDown extends Div {

    final Grid<DemandItem> grid = new Grid<>();
    final Span caption = new Span();
    private DemandFilter filter;

    DrillDown(DemandService demands, BusinessTime time) {
        addClassName("drill-down");
        // Select contacts here to make them the samples of a new requirement for their cause.
        grid.setSelectionMode(com.vaadin.flow.component.grid.Grid.SelectionMode.MULTI);
        ContactColumns.add(grid, time, true, true);
        grid.setItemsPageable(page -> filter == null ? java.util.List.of() : demands.contacts(filter, page));
        grid.setHeight("24rem");
        add(new H3(getTranslation("demand.drillDown")), caption, grid);
        setVisible(false);
    }

    void show(DemandFilter filter, String what) {
        this.filter = filter;
        caption.setText(what);
        setVisible(true);
        grid.getDataProvider().refreshAll();
        scrollIntoView();
    }

    DemandFilter filter() {
        return filter;
    }
}

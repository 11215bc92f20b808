package se.kundlofte.demand.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import se.kundlofte.demand.DemandFilter;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.demand.DemandService;

/** The contacts behind a figure, loaded lazily a page at a time. */
class DrillDown extends Div {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    final Grid<DemandItem> grid = new Grid<>();
    final Span caption = new Span();
    private DemandFilter filter;

    DrillDown(DemandService demands) {
        addClassName("drill-down");
        grid.addColumn(d -> TIME.format(d.loggedAt()))
                .setHeader(getTranslation("demand.column.time"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(d -> d.channel(getLocale()))
                .setHeader(getTranslation("demand.field.channel"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(DemandItem::customerName)
                .setHeader(getTranslation("demand.field.customer"))
                .setFlexGrow(1);
        grid.addColumn(DemandItem::words)
                .setHeader(getTranslation("demand.field.words"))
                .setFlexGrow(3);
        grid.addColumn(d -> getTranslation(d.kind().translationKey())
                        + (d.cause(getLocale()) == null ? "" : " – " + d.cause(getLocale())))
                .setHeader(getTranslation("demand.field.kind"))
                .setFlexGrow(2);
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

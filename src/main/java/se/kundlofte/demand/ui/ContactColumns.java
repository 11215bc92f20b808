package se.kundlofte.demand.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.Function;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.demand.DemandItem;

/** The columns every list of contacts shows, the same everywhere. */
final class ContactColumns {

    private ContactColumns() {}

    /** When, channel, (customer), the customer's words and (kind with cause). */
    static void add(Grid<DemandItem> grid, BusinessTime time, boolean withCustomer, boolean withKind) {
        grid.addColumn(d -> time.formatDateTime(d.loggedAt()))
                .setHeader(grid.getTranslation("demand.column.time"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(d -> d.channel(grid.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.ENGLISH)))
                .setHeader(grid.getTranslation("demand.field.channel"))
                .setWidth("8rem")
                .setFlexGrow(0);
        if (withCustomer) {
            grid.addColumn(DemandItem::customerName)
                    .setHeader(grid.getTranslation("demand.field.customer"))
                    .setFlexGrow(1);
        }
        grid.addColumn(DemandItem::words)
                .setHeader(grid.getTranslation("demand.field.words"))
                .setFlexGrow(3);
        if (withKind) {
            grid.addColumn(kindLabel(grid, d -> kind(grid, d)))
                    .setHeader(grid.getTranslation("demand.field.kind"))
                    .setFlexGrow(2);
        }
    }

    /** The kind as text with its colour mark, failure warm and value cool as in the charts. */
    static LitRenderer<DemandItem> kindLabel(Grid<DemandItem> grid, Function<DemandItem, String> text) {
        return LitRenderer.<DemandItem>of("<span class=\"demand-kind\" data-kind=\"${item.kind}\">${item.text}</span>")
                .withProperty("kind", d -> d.kind().name())
                .withProperty("text", text::apply);
    }

    static String kind(Grid<DemandItem> grid, DemandItem d) {
        java.util.Locale locale = grid.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.ENGLISH);
        return grid.getTranslation(d.kind().translationKey())
                + (d.cause(locale) == null ? "" : " – " + d.cause(locale));
    }
}

package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import se.kundlofte.satisfaction.DriverRow;

/**
 * What drives it: the figure by journey stage and by segment, each beside the failure demand ratio
 * of the same customers and period.
 */
class DriversPanel extends Div {

    final Grid<DriverRow> byStage;
    final Grid<DriverRow> bySegment;

    DriversPanel() {
        addClassName("drivers-panel");
        Paragraph help = new Paragraph(getTranslation("satisfaction.drivers.help"));
        help.addClassName("muted");
        byStage = grid(
                r -> r.key() == null ? getTranslation("demand.noStage") : getTranslation("journeyStage." + r.key()),
                "satisfaction.field.stage");
        byStage.setId("drivers-by-stage");
        bySegment = grid(r -> r.key() == null ? "–" : getTranslation("segment." + r.key()), "customer.field.segment");
        bySegment.setId("drivers-by-segment");
        Div side = new Div(
                new Div(new H4(getTranslation("satisfaction.drivers.byStage")), byStage),
                new Div(new H4(getTranslation("satisfaction.drivers.bySegment")), bySegment));
        side.addClassName("side-by-side");
        add(help, side);
    }

    void show(List<DriverRow> stages, List<DriverRow> segments) {
        byStage.setItems(stages);
        bySegment.setItems(segments);
    }

    private Grid<DriverRow> grid(Function<DriverRow, String> label, String headerKey) {
        Grid<DriverRow> grid = new Grid<>();
        grid.addColumn(label::apply).setHeader(getTranslation(headerKey)).setFlexGrow(3);
        grid.addComponentColumn(r -> {
                    Span value = new Span(ScoreFormat.value(r.score(), getLocale()));
                    Div cell = new Div(value);
                    cell.addClassName("badges");
                    if (!r.score().trusted()) {
                        cell.add(ScoreFormat.fewMarker(this));
                    }
                    return cell;
                })
                .setHeader(getTranslation("satisfaction.column.value"))
                .setKey("value")
                .setFlexGrow(2);
        grid.addColumn(r -> ScoreFormat.interval(r.score(), getLocale()))
                .setHeader(getTranslation("satisfaction.column.interval"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.score().responses())
                .setHeader(getTranslation("satisfaction.column.responses"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.failureRatio() == null ? "–" : Math.round(r.failureRatio() * 100) + " %")
                .setHeader(getTranslation("satisfaction.column.failureRatio"))
                .setKey("failureRatio")
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        return grid;
    }
}

package se.kundlofte.base.ui.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One series of a chart: a name (translated), bars or a line, its values (nulls leave gaps), the
 * y axis it uses (0 = counts on the left, 1 = percent on the right), whether it stacks, and its
 * colour (a CSS colour, or null for the chart's palette) so that a meaning keeps its colour.
 */
public record ChartSeries(
        String name,
        Type type,
        List<? extends Number> values,
        int axis,
        @Nullable String stack,
        @Nullable String color) {

    public enum Type {
        BAR,
        LINE
    }

    public static ChartSeries bars(String name, List<? extends Number> values) {
        return new ChartSeries(name, Type.BAR, values, 0, null, null);
    }

    public static ChartSeries stackedBars(String name, List<? extends Number> values) {
        return new ChartSeries(name, Type.BAR, values, 0, "total", null);
    }

    /** A percent line on the right axis; values are fractions (0.45 = 45 %). */
    public static ChartSeries percentLine(String name, List<Double> fractions) {
        return new ChartSeries(
                name,
                Type.LINE,
                fractions.stream()
                        .map(f -> f == null ? null : Math.round(f * 1000) / 10.0)
                        .toList(),
                1,
                null,
                null);
    }

    /** The same series drawn in this colour (bars, line and legend). */
    public ChartSeries withColor(String cssColor) {
        return new ChartSeries(name, type, values, axis, stack, cssColor);
    }
}

package se.kundlofte.base.ui.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar/line chart drawn by Apache ECharts in the browser, from typed series. Shows an empty
 * state instead of a blank box when there is nothing to draw, resizes with its container, writes
 * numbers in the UI's language, and reports clicks on a category, anywhere in its column (for
 * drill-down).
 */
public class Chart extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RENDER = """
            const el = this, json = $0;
            const draw = () => window.kundlofteChart.render(el, JSON.parse(json));
            if (window.kundlofteChart) { draw(); return; }
            window.kundlofteChartLoading = window.kundlofteChartLoading || new Promise((ok, fail) => {
              const s = document.createElement('script');
              s.src = $1; s.onload = ok; s.onerror = fail;
              document.head.appendChild(s);
            });
            window.kundlofteChartLoading.then(draw);
            """;

    private static final String SCRIPT = "charts/kundlofte-chart.js";
    private static final String ECHARTS = "webjars/echarts/5.3.1/dist/echarts.min.js";

    private final Div canvas = new Div();
    private final Span empty = new Span();
    private List<String> categories = List.of();
    private List<ChartSeries> series = List.of();
    private String json;
    private double secondAxisMin = 0;
    private double secondAxisMax = 100;
    private String secondAxisSuffix = " %";

    /**
     * Lets the browser fetch the chart scripts while the page itself loads, so that a chart is
     * drawn with its page instead of a round of script loading after it.
     */
    public static void preload(AppShellSettings settings) {
        settings.addLink(SCRIPT, Map.of("rel", "preload", "as", "script"));
        settings.addLink(ECHARTS, Map.of("rel", "preload", "as", "script"));
    }

    public Chart(String emptyText) {
        addClassName("chart");
        canvas.addClassName("chart-canvas");
        empty.addClassName("chart-empty");
        empty.setText(emptyText);
        add(canvas, empty);
        showEmpty(true);
    }

    /** Draws the categories (x axis) and series; with no values at all, shows the empty state. */
    public void setData(
            List<String> categories, List<ChartSeries> series, String countAxisName, String percentAxisName) {
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        boolean hasData = !categories.isEmpty()
                && series.stream().anyMatch(s -> s.values().stream().anyMatch(v -> v != null && v.doubleValue() != 0));
        showEmpty(!hasData);
        json = hasData ? JSON.writeValueAsString(option(countAxisName, percentAxisName)) : null;
        draw();
    }

    /**
     * The range and unit of the right-hand axis (series with axis 1); percent 0–100 unless set,
     * e.g. −100..100 points for NPS or 1..7 for a mean score. Call before {@link #setData}.
     */
    public void setSecondAxis(double min, double max, String suffix) {
        this.secondAxisMin = min;
        this.secondAxisMax = max;
        this.secondAxisSuffix = suffix;
    }

    public List<String> categories() {
        return categories;
    }

    public List<ChartSeries> series() {
        return series;
    }

    public boolean isEmptyStateShown() {
        return empty.isVisible();
    }

    /** Called with the category index when the user clicks a bar or a point. */
    public Registration onCategoryClick(IntConsumer listener) {
        return canvas.getElement()
                .addEventListener(
                        "chart-click",
                        e -> listener.accept(
                                (int) e.getEventData().get("event.detail.index").asDouble()))
                .addEventData("event.detail.index")::remove;
    }

    private void showEmpty(boolean isEmpty) {
        empty.setVisible(isEmpty);
        canvas.setVisible(!isEmpty);
    }

    private Map<String, Object> option(String countAxisName, String percentAxisName) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        // Axis and tooltip numbers are written the way the user's language writes them.
        option.put("kundlofteLocale", getLocale().toLanguageTag());
        option.put("grid", Map.of("left", 48, "right", 56, "top", 40, "bottom", 40, "containLabel", true));
        option.put("legend", Map.of("top", 0));
        option.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("hideOverlap", true)));
        List<Object> yAxes = new ArrayList<>();
        yAxes.add(Map.of("type", "value", "name", countAxisName, "minInterval", 1));
        if (series.stream().anyMatch(s -> s.axis() == 1)) {
            yAxes.add(Map.of(
                    "type",
                    "value",
                    "name",
                    percentAxisName,
                    "min",
                    secondAxisMin,
                    "max",
                    secondAxisMax,
                    "axisLabel",
                    Map.of("formatter", "{value}" + secondAxisSuffix)));
        }
        option.put("yAxis", yAxes);
        List<Object> out = new ArrayList<>();
        for (ChartSeries s : series) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", s.name());
            one.put("type", s.type() == ChartSeries.Type.BAR ? "bar" : "line");
            one.put("data", s.values());
            one.put("yAxisIndex", s.axis());
            if (s.stack() != null) {
                one.put("stack", s.stack());
            }
            if (s.color() != null) {
                one.put("itemStyle", Map.of("color", s.color()));
                one.put("lineStyle", Map.of("color", s.color()));
            }
            if (s.type() == ChartSeries.Type.LINE) {
                one.put("smooth", false);
                one.put("connectNulls", false);
            }
            out.add(one);
        }
        option.put("series", out);
        return option;
    }

    private void draw() {
        if (json != null && isAttached()) {
            canvas.getElement().executeJs(RENDER, json, SCRIPT);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        draw();
    }
}

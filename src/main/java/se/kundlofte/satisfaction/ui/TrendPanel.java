package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import se.kundlofte.base.ui.chart.Chart;
import se.kundlofte.base.ui.chart.ChartSeries;
import se.kundlofte.demand.Granularity;
import se.kundlofte.satisfaction.Score;
import se.kundlofte.satisfaction.SurveyType;
import se.kundlofte.satisfaction.TrendPoint;

/**
 * The trend: the figure per period as a line, its 95 % interval as two lighter lines, the responses
 * behind each point as bars, and the same as a table where points with too few responses are marked.
 */
class TrendPanel extends Div {

    static final String LINE = "#2f6fb3";
    static final String BAND = "#a9c4e4";
    static final String COUNT = "#c9cfd6";

    final Span total = new Span();
    final Paragraph help = new Paragraph();
    final Chart chart;
    final Grid<TrendPoint> points = new Grid<>();
    private Granularity granularity = Granularity.MONTH;
    private SurveyType type = SurveyType.NPS;

    TrendPanel() {
        addClassName("trend-panel");
        total.setId("satisfaction-total");
        total.addClassName("ratio-summary");
        help.addClassName("muted");
        help.setId("satisfaction-help");
        chart = new Chart(getTranslation("chart.empty"));
        chart.setId("satisfaction-chart");
        points.addColumn(p -> label(p.period()))
                .setHeader(getTranslation("satisfaction.column.period"))
                .setFlexGrow(1);
        points.addColumn(p -> ScoreFormat.value(p.score(), getLocale()))
                .setHeader(getTranslation("satisfaction.column.value"))
                .setFlexGrow(1);
        points.addColumn(p -> ScoreFormat.interval(p.score(), getLocale()))
                .setHeader(getTranslation("satisfaction.column.interval"))
                .setFlexGrow(1);
        points.addColumn(p -> p.score().responses())
                .setHeader(getTranslation("satisfaction.column.responses"))
                .setFlexGrow(1);
        points.addComponentColumn(p -> p.score().trusted() ? new Span() : ScoreFormat.fewMarker(this))
                .setHeader(getTranslation("satisfaction.column.trust"))
                .setKey("trust")
                .setFlexGrow(1);
        points.setAllRowsVisible(true);
        add(total, help, chart, points);
    }

    void show(SurveyType type, Granularity granularity, Score overall, List<TrendPoint> trend) {
        this.type = type;
        this.granularity = granularity;
        help.setText(getTranslation("satisfaction.help." + type.name()) + " "
                + getTranslation("satisfaction.help.interval", 30));
        total.setText(
                overall.hasValue()
                        ? getTranslation(
                                "satisfaction.total",
                                getTranslation(type.translationKey()),
                                ScoreFormat.value(overall, getLocale()),
                                ScoreFormat.interval(overall, getLocale()),
                                overall.responses())
                        : getTranslation("satisfaction.noResponses"));
        switch (type) {
            case NPS -> chart.setSecondAxis(-100, 100, "");
            case CSAT -> chart.setSecondAxis(0, 100, " %");
            case CES -> chart.setSecondAxis(1, 7, "");
        }
        String name = getTranslation(type.translationKey());
        chart.setData(
                // A point resting on too few responses is marked in the chart too.
                trend.stream()
                        .map(p -> label(p.period()) + (p.score().trusted() ? "" : " *"))
                        .toList(),
                List.of(
                        ChartSeries.bars(
                                        getTranslation("satisfaction.column.responses"),
                                        trend.stream()
                                                .map(p -> p.score().responses())
                                                .toList())
                                .withColor(COUNT),
                        line(
                                name,
                                trend.stream()
                                        .map(p -> ScoreFormat.plain(p.score().value()))
                                        .toList(),
                                LINE),
                        line(
                                getTranslation("satisfaction.chart.lower"),
                                trend.stream()
                                        .map(p -> ScoreFormat.plain(p.score().lower()))
                                        .toList(),
                                BAND),
                        line(
                                getTranslation("satisfaction.chart.upper"),
                                trend.stream()
                                        .map(p -> ScoreFormat.plain(p.score().upper()))
                                        .toList(),
                                BAND)),
                getTranslation("satisfaction.column.responses"),
                name);
        points.setItems(trend);
    }

    SurveyType type() {
        return type;
    }

    private static ChartSeries line(String name, List<Double> values, String color) {
        return new ChartSeries(name, ChartSeries.Type.LINE, values, 1, null, color);
    }

    String label(LocalDate period) {
        return granularity == Granularity.WEEK
                ? getTranslation("demand.week", period.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), period.getYear() % 100)
                : period.format(DateTimeFormatter.ofPattern("yyyy-MM"));
    }
}

package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.ui.CustomerSection;
import se.kundlofte.demand.Granularity;
import se.kundlofte.satisfaction.FollowUpFilter;
import se.kundlofte.satisfaction.FollowUpItem;
import se.kundlofte.satisfaction.FollowUpService;
import se.kundlofte.satisfaction.ResponseItem;
import se.kundlofte.satisfaction.SatisfactionFilter;
import se.kundlofte.satisfaction.SatisfactionService;
import se.kundlofte.satisfaction.Score;
import se.kundlofte.satisfaction.SurveyType;
import se.kundlofte.satisfaction.TrendPoint;

/**
 * The customer page's satisfaction: each measure of the last 12 months with its responses, the
 * NPS trend, the latest answers with their comments, and the open follow-ups.
 */
@org.springframework.stereotype.Component
class SatisfactionCustomerSection implements CustomerSection {

    private final SatisfactionService satisfaction;
    private final FollowUpService followUps;
    private final BusinessTime time;

    SatisfactionCustomerSection(SatisfactionService satisfaction, FollowUpService followUps, BusinessTime time) {
        this.satisfaction = satisfaction;
        this.followUps = followUps;
        this.time = time;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "satisfaction.customerSection";
    }

    @Override
    public Component create(CustomerDetails customer) {
        Div section = new Div();
        section.addClassName("customer-satisfaction");
        SatisfactionFilter year = SatisfactionFilter.between(time.today().minusMonths(12), time.today())
                .withCustomer(customer.id());
        Div figures = new Div();
        figures.addClassName("badges");
        figures.setId("customer-satisfaction-figures");
        for (SurveyType type : SurveyType.values()) {
            Score score = satisfaction.total(type, year);
            Span figure = new Span(section.getTranslation(
                    "satisfaction.customer.figure",
                    section.getTranslation(type.translationKey()),
                    ScoreFormat.value(
                            score, com.vaadin.flow.component.UI.getCurrent().getLocale()),
                    score.responses()));
            figure.getElement().setAttribute("title", section.getTranslation("satisfaction.help." + type.name()));
            figure.addClassName("satisfaction-figure");
            figures.add(figure);
            if (score.hasValue() && !score.trusted()) {
                figures.add(ScoreFormat.fewMarker(section));
            }
        }
        List<TrendPoint> trend = satisfaction.trend(SurveyType.NPS, year, Granularity.MONTH);
        Span trendLine = new Span(section.getTranslation("satisfaction.customer.trend")
                + " "
                + (trend.isEmpty()
                        ? "–"
                        : String.join(
                                "  ",
                                trend.stream()
                                        .map(p -> p.period().getMonthValue() + "/"
                                                + p.period().getYear() % 100 + ": "
                                                + ScoreFormat.value(
                                                        p.score(),
                                                        com.vaadin
                                                                .flow
                                                                .component
                                                                .UI
                                                                .getCurrent()
                                                                .getLocale()))
                                        .toList())));
        trendLine.addClassName("muted");
        trendLine.setId("customer-nps-trend");

        Grid<ResponseItem> latest = new Grid<>();
        latest.addComponentColumn(r -> ScoreFormat.badge(r.type(), r.score()))
                .setHeader(section.getTranslation("satisfaction.field.score"))
                .setWidth("8rem")
                .setFlexGrow(0);
        latest.addColumn(ResponseItem::answeredOn)
                .setHeader(section.getTranslation("satisfaction.field.answeredOn"))
                .setWidth("8rem")
                .setFlexGrow(0);
        latest.addColumn(r -> r.comment() == null ? "" : r.comment())
                .setHeader(section.getTranslation("satisfaction.field.comment"))
                .setFlexGrow(3);
        latest.setItems(satisfaction.latestOf(customer.id(), 5));
        latest.setAllRowsVisible(true);
        latest.setEmptyStateText(section.getTranslation("satisfaction.noResponses"));

        List<FollowUpItem> open =
                followUps.list(FollowUpFilter.open().withCustomer(customer.id()), PageRequest.of(0, 20));
        Div openList = new Div();
        openList.setId("customer-open-follow-ups");
        if (open.isEmpty()) {
            Span none = new Span(section.getTranslation("satisfaction.followUps.none"));
            none.addClassName("muted");
            openList.add(none);
        }
        for (FollowUpItem f : open) {
            Div row = new Div(
                    ScoreFormat.badge(f.type(), f.score()),
                    new Span(section.getTranslation(
                            f.overdue() ? "satisfaction.followUp.dueOverdue" : "satisfaction.followUp.dueOn",
                            f.dueOn().toString(),
                            f.ownerName() == null
                                    ? section.getTranslation("satisfaction.followUp.noOwner")
                                    : f.ownerName())),
                    new Span(f.comment() == null ? "" : f.comment()));
            row.addClassName("badges");
            openList.add(row);
        }
        section.add(
                figures,
                trendLine,
                new H4(section.getTranslation("satisfaction.customer.latest")),
                latest,
                new H4(section.getTranslation("satisfaction.customer.openFollowUps")),
                openList,
                SatisfactionNavigation.customerFollowUpsLink(
                        section.getTranslation("satisfaction.followUps.allOfCustomer"), customer.id()));
        return section;
    }
}

package se.kundlofte.demand.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.ui.CustomerSection;
import se.kundlofte.demand.DemandAnalysisService;
import se.kundlofte.demand.DemandFilter;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.demand.DemandService;
import se.kundlofte.demand.Granularity;
import se.kundlofte.demand.RatioPoint;

/** The customer page's contacts: the failure demand ratio of the last 12 weeks and the latest contacts. */
@org.springframework.stereotype.Component
class DemandCustomerSection implements CustomerSection {

    private final DemandService demands;
    private final DemandAnalysisService analysis;
    private final BusinessTime time;

    DemandCustomerSection(DemandService demands, DemandAnalysisService analysis, BusinessTime time) {
        this.demands = demands;
        this.analysis = analysis;
        this.time = time;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "demand.customerSection";
    }

    @Override
    public Component create(CustomerDetails customer) {
        Div section = new Div();
        section.addClassName("customer-demand");
        DemandFilter last12 = DemandFilter.lastWeeks(12, time.today()).withCustomer(customer.id());
        List<RatioPoint> points = analysis.ratio(last12, Granularity.MONTH);
        long value = points.stream().mapToLong(RatioPoint::value).sum();
        long failure = points.stream().mapToLong(RatioPoint::failure).sum();
        Span ratio = new Span(
                value + failure == 0
                        ? section.getTranslation("demand.customer.none")
                        : section.getTranslation(
                                "demand.customer.ratio",
                                Math.round(100.0 * failure / (value + failure)),
                                failure,
                                value + failure));
        ratio.setId("customer-failure-ratio");
        ratio.addClassName("ratio-summary");
        Grid<DemandItem> grid = new Grid<>();
        grid.addColumn(d -> time.formatDate(d.loggedAt()))
                .setHeader(section.getTranslation("demand.column.time"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(DemandItem::words)
                .setHeader(section.getTranslation("demand.field.words"))
                .setFlexGrow(3);
        grid.addColumn(ContactColumns.kindLabel(
                        grid,
                        d -> section.getTranslation(d.kind().translationKey())
                                + (d.causeId() == null
                                        ? ""
                                        : " – "
                                                + d.cause(com.vaadin
                                                        .flow
                                                        .component
                                                        .UI
                                                        .getCurrent()
                                                        .getLocale()))))
                .setHeader(section.getTranslation("demand.field.kind"))
                .setFlexGrow(2);
        grid.setItems(demands.contacts(DemandFilter.all().withCustomer(customer.id()), PageRequest.of(0, 10)));
        grid.setAllRowsVisible(true);
        section.add(ratio, grid);
        return section;
    }
}

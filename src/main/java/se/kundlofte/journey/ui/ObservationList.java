package se.kundlofte.journey.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Map;
import se.kundlofte.customer.ui.CustomerNavigation;
import se.kundlofte.journey.ObservationItem;
import se.kundlofte.journey.ObservationService;

/**
 * The journey's observations, newest first, each with its stage, who saw it, where and the
 * insight. They grow with every visit to a customer, so they are data rendered in the browser and
 * read a page at a time, not components.
 */
class ObservationList extends Section {

    final VirtualList<ObservationItem> items = new VirtualList<>();

    ObservationList(ObservationService observations, long journeyId, Map<Long, String> stageLabels) {
        addClassNames("journey-section", "observation-list");
        int count = observations.countOfJourney(journeyId);
        add(new H3(getTranslation("observation.title", count)));
        if (count == 0) {
            add(new Paragraph(getTranslation("observation.none")));
            return;
        }
        items.addClassName("observation-items");
        items.setRenderer(LitRenderer.<ObservationItem>of("""
                        <div class="observation">
                          <div class="observation-head">
                            <span class="observation-stage">${item.stage}</span>
                            <span class="observation-meta">${item.meta}</span>
                          </div>
                          ${item.customer ? html`<a href="${item.customerHref}">${item.customer}</a>` : ''}
                          <p class="observation-what">${item.what}</p>
                          ${item.insight ? html`<p class="observation-insight">→ ${item.insight}</p>` : ''}
                        </div>""")
                .withProperty("stage", o -> stageLabels.getOrDefault(o.stageId(), ""))
                .withProperty(
                        "meta",
                        o -> o.observedOn() + " · " + o.observerName() + (o.place() == null ? "" : " · " + o.place()))
                .withProperty("customer", o -> o.customerId() == null ? "" : o.customerName())
                .withProperty(
                        "customerHref",
                        o -> o.customerId() == null ? "" : CustomerNavigation.customerHref(o.customerId()))
                .withProperty("what", ObservationItem::whatHappened)
                .withProperty("insight", o -> o.insight() == null ? "" : o.insight()));
        items.setItemAccessibleNameGenerator(
                o -> stageLabels.getOrDefault(o.stageId(), "") + ", " + o.observedOn() + ": " + o.whatHappened());
        items.setDataProvider(DataProvider.fromCallbacks(
                query -> observations.ofJourney(journeyId, query.getOffset(), query.getLimit()).stream(),
                query -> count));
        add(items);
    }
}

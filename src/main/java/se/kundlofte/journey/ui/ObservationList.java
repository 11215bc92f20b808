package se.kundlofte.journey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import se.kundlofte.customer.ui.CustomerNavigation;
import se.kundlofte.journey.ObservationItem;

/** The journey's observations, newest first, each with its stage, who saw it, where and the insight. */
class ObservationList extends Section {

    final Div items = new Div();

    ObservationList(List<ObservationItem> observations, Map<Long, String> stageLabels) {
        addClassNames("journey-section", "observation-list");
        add(new H3(getTranslation("observation.title", observations.size())));
        if (observations.isEmpty()) {
            add(new Paragraph(getTranslation("observation.none")));
            return;
        }
        items.addClassName("observation-items");
        for (ObservationItem o : observations) {
            Div card = new Div();
            card.addClassName("observation");
            Span stage = new Span(stageLabels.getOrDefault(o.stageId(), ""));
            stage.addClassName("observation-stage");
            Span meta =
                    new Span(o.observedOn() + " · " + o.observerName() + (o.place() == null ? "" : " · " + o.place()));
            meta.addClassName("observation-meta");
            Div head = new Div(stage, meta);
            head.addClassName("observation-head");
            card.add(head);
            if (o.customerId() != null && o.customerName() != null) {
                card.add(CustomerNavigation.customerLink(o.customerName(), o.customerId()));
            }
            Paragraph what = new Paragraph(o.whatHappened());
            what.addClassName("observation-what");
            card.add(what);
            if (o.insight() != null) {
                Paragraph insight = new Paragraph("→ " + o.insight());
                insight.addClassName("observation-insight");
                card.add(insight);
            }
            items.add(card);
        }
        add(items);
    }
}

package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import se.kundlofte.audit.AuditText;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.requirement.HistoryItem;

/** Every documented change: who, when, what, old → new (newest first). */
class HistorySection extends Section {

    final Grid<HistoryItem> grid = new Grid<>();

    HistorySection(List<HistoryItem> history, BusinessTime time) {
        setId("history");
        addClassName("requirement-section");
        grid.addColumn(h -> time.formatDateTime(h.changedAt()))
                .setHeader(getTranslation("history.when"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(HistoryItem::changedBy)
                .setHeader(getTranslation("history.who"))
                .setFlexGrow(1);
        grid.addColumn(h -> getTranslation("history.field." + h.field()))
                .setHeader(getTranslation("history.what"))
                .setFlexGrow(1);
        grid.addColumn(h -> value(h.field(), h.oldValue()))
                .setHeader(getTranslation("history.old"))
                .setFlexGrow(2);
        grid.addColumn(h -> value(h.field(), h.newValue()))
                .setHeader(getTranslation("history.new"))
                .setFlexGrow(2);
        grid.setItems(history);
        grid.setAllRowsVisible(history.size() <= 15);
        grid.setHeight(history.size() <= 15 ? null : "30rem");
        add(new H3(getTranslation("requirement.section.history")), grid);
    }

    private String value(String field, String value) {
        if (value == null) {
            return AuditText.NONE;
        }
        String prefix = HistoryItem.CODES.get(field);
        if (prefix != null) {
            return java.util.Arrays.stream(value.split(", "))
                    .map(code -> getTranslation(prefix + code))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (value.equals("true") || value.equals("false")) {
            return getTranslation("csv." + (value.equals("true") ? "yes" : "no"));
        }
        return value;
    }
}

package se.kundlofte.demand.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import se.kundlofte.demand.BeforeAfter;
import se.kundlofte.demand.DemandAnalysisService;
import se.kundlofte.requirement.ui.RequirementNavigation;

/** "Did it help?": each cause's failure demand before and after its requirement reached Monitored. */
class BeforeAfterPanel extends Div {

    final Grid<BeforeAfter> grid = new Grid<>();

    BeforeAfterPanel(DemandAnalysisService analysis) {
        add(new Paragraph(getTranslation("demand.beforeAfter.help")));
        grid.addComponentColumn(b -> {
                    Anchor link = new Anchor(RequirementNavigation.requirementUrl(b.requirementId()), b.title());
                    link.getElement().setAttribute("router-link", true);
                    return link;
                })
                .setHeader(getTranslation("requirement.title"))
                .setFlexGrow(3);
        grid.addColumn(b -> b.cause(getLocale()))
                .setHeader(getTranslation("demand.field.cause"))
                .setFlexGrow(2);
        grid.addColumn(b -> b.changedOn().toString())
                .setHeader(getTranslation("demand.beforeAfter.changedOn"))
                .setFlexGrow(1);
        grid.addColumn(b -> getTranslation("demand.beforeAfter.weeks", b.weeks()))
                .setHeader(getTranslation("demand.beforeAfter.span"))
                .setFlexGrow(1);
        grid.addColumn(BeforeAfter::before)
                .setHeader(getTranslation("demand.beforeAfter.before"))
                .setFlexGrow(1);
        grid.addColumn(BeforeAfter::after)
                .setHeader(getTranslation("demand.beforeAfter.after"))
                .setFlexGrow(1);
        grid.addColumn(b ->
                        b.change() == null ? "–" : (b.change() > 0 ? "+" : "") + Math.round(b.change() * 100) + " %")
                .setHeader(getTranslation("demand.beforeAfter.change"))
                .setFlexGrow(1);
        grid.setItems(analysis.beforeAfter());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}

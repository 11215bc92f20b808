package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import se.kundlofte.customer.CustomerDetails;
import se.kundlofte.customer.ui.CustomerSection;
import se.kundlofte.requirement.BoardFilter;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.RequirementSummary;
import se.kundlofte.requirement.Stage;

/** The customer page's requirements, by lifecycle stage, with a link to the filtered board. */
@org.springframework.stereotype.Component
class RequirementCustomerSection implements CustomerSection {

    private final RequirementService requirements;

    RequirementCustomerSection(RequirementService requirements) {
        this.requirements = requirements;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "requirements.title";
    }

    @Override
    public Component create(CustomerDetails customer) {
        Div section = new Div();
        section.addClassName("customer-requirements");
        List<RequirementSummary> all = requirements.forCustomer(customer.id());
        if (all.isEmpty()) {
            // An empty board is not worth a link: the sentence alone says it.
            Paragraph none = new Paragraph(section.getTranslation("requirements.none"));
            none.addClassName("muted");
            none.setId("customer-requirements-none");
            section.add(none);
            return section;
        }
        RouterLink board = RequirementNavigation.boardLink(
                section.getTranslation("requirements.onBoard", all.size()),
                BoardFilter.none().withCustomer(customer.id()));
        board.addClassName("customer-requirements-board");
        section.add(new Paragraph(board));
        Div stages = new Div();
        stages.addClassName("requirement-stages");
        for (Stage stage : Stage.values()) {
            List<RequirementSummary> inStage =
                    all.stream().filter(r -> r.stage() == stage).toList();
            if (inStage.isEmpty()) {
                continue;
            }
            Div group = new Div(new H4(section.getTranslation(stage.translationKey()) + " (" + inStage.size() + ")"));
            group.addClassName("stage-group");
            group.getElement().setAttribute("data-stage", stage.name());
            for (RequirementSummary r : inStage) {
                RouterLink link = RequirementNavigation.requirementLink(r.title(), r.id());
                Badge priority = new Badge(section.getTranslation(r.priority().translationKey()));
                priority.addThemeVariants(BadgeVariant.SMALL);
                Div row = new Div(link, priority);
                row.addClassName("stage-item");
                group.add(row);
            }
            stages.add(group);
        }
        section.add(stages);
        return section;
    }
}

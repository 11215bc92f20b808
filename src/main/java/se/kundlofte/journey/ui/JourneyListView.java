package se.kundlofte.journey.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.journey.JourneyListItem;
import se.kundlofte.journey.JourneyService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/** The customer journeys: one per segment or offering, each with its stage and gap counts. */
@Route("journeys")
@Menu(title = "menu.journeys", order = 27, icon = "vaadin:road")
@RolesAllowed(Permission.JOURNEY_READ)
class JourneyListView extends Main implements TitledView {

    final Grid<JourneyListItem> grid = new Grid<>();
    final Button create = new Button();

    JourneyListView(JourneyService journeys) {
        addClassNames("list-view", "journey-list-view");
        Div actions = new Div();
        actions.addClassName("actions");
        if (CurrentUser.can(Permission.JOURNEY_EDIT)) {
            create.setText(getTranslation("journeys.action.new"));
            create.setIcon(new Icon(VaadinIcon.PLUS));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(
                    e -> new JourneyDialog(journeys, null, saved -> JourneyNavigation.toJourney(saved.id())).open());
            actions.add(create);
        }
        Span intro = new Span(getTranslation("journeys.intro"));
        intro.addClassName("journeys-intro");
        Div toolbar = new Div(intro, actions);
        toolbar.addClassName("toolbar");

        grid.addComponentColumn(j -> JourneyNavigation.journeyLink(j.label(this::getTranslation), j.id()))
                .setHeader(getTranslation("journey.field.name"))
                .setFlexGrow(3);
        grid.addColumn(j -> j.segment() == null
                        ? getTranslation("journey.field.segment.all")
                        : getTranslation(j.segment().translationKey()))
                .setHeader(getTranslation("journey.field.segment"))
                .setFlexGrow(2);
        grid.addColumn(JourneyListItem::stages)
                .setHeader(getTranslation("journeys.stages"))
                .setFlexGrow(0)
                .setWidth("8rem");
        grid.addComponentColumn(j -> {
                    Badge badge = new Badge(getTranslation("journeys.gaps", j.gaps()));
                    badge.addThemeVariants(j.gaps() > 0 ? BadgeVariant.ERROR : BadgeVariant.SUCCESS);
                    return badge;
                })
                .setHeader(getTranslation("journeys.gapsHeader"))
                .setFlexGrow(0)
                .setWidth("10rem");
        grid.setItems(journeys.list());
        grid.setAllRowsVisible(true);
        add(toolbar, grid);
    }

    @Override
    public String titleKey() {
        return "menu.journeys";
    }
}

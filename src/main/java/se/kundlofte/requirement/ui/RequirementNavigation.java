package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import se.kundlofte.requirement.BoardFilter;

/** The way to the requirement pages and the board, for this feature and others: no path is written by hand. */
public final class RequirementNavigation {

    private RequirementNavigation() {}

    /** Opens the requirement's page. */
    public static void toRequirement(long requirementId) {
        UI.getCurrent().navigate(RequirementView.class, RequirementView.parameters(requirementId));
    }

    /** The requirement page's URL, relative to the portal's root. */
    public static String requirementUrl(long requirementId) {
        return RouteConfiguration.forApplicationScope()
                .getUrl(RequirementView.class, RequirementView.parameters(requirementId));
    }

    /** A link to the requirement's page. */
    public static RouterLink requirementLink(String text, long requirementId) {
        return new RouterLink(text, RequirementView.class, RequirementView.parameters(requirementId));
    }

    /** A link to one section of the requirement's page (opened and scrolled to). */
    static RouterLink requirementLink(String text, long requirementId, String section) {
        RouterLink link = requirementLink(text, requirementId);
        link.setQueryParameters(QueryParameters.of(RequirementView.SECTION, section));
        return link;
    }

    /** Opens the board with the filter set. */
    public static void toBoard(BoardFilter filter) {
        UI.getCurrent().navigate(RequirementBoardView.class, BoardFilterBar.query(filter));
    }

    /** The board with the filter set, as the browser's address shows it. */
    static Location boardLocation(BoardFilter filter) {
        return new Location(
                RouteConfiguration.forApplicationScope().getUrl(RequirementBoardView.class),
                BoardFilterBar.query(filter));
    }

    /** A link to the board with the filter set. */
    public static RouterLink boardLink(String text, BoardFilter filter) {
        RouterLink link = new RouterLink(text, RequirementBoardView.class);
        link.setQueryParameters(BoardFilterBar.query(filter));
        return link;
    }
}

package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import se.kundlofte.requirement.BoardCard;
import se.kundlofte.requirement.BoardColumnView;
import se.kundlofte.requirement.Stage;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/** One board column: header with count and WIP limit, the top cards, "show more", a drop zone. */
class BoardColumnPanel extends Div {

    interface Actions extends RequirementCard.Mover {
        void showMore(Stage stage);

        void toggleCollapsed(Stage stage);

        void editWipLimit(BoardColumnView column);
    }

    final BoardColumnView column;
    final Div cards = new Div();

    BoardColumnPanel(BoardColumnView column, boolean collapsed, Actions actions) {
        this.column = column;
        addClassName("board-column");
        setId("column-" + column.stage().name());
        if (column.overLimit()) {
            addClassName("over-limit");
        }
        if (collapsed) {
            addClassName("collapsed");
        }
        H3 title = new H3(getTranslation(column.stage().translationKey()));
        Span count = new Span(
                column.wipLimit() == null
                        ? String.valueOf(column.count())
                        : getTranslation("board.countOfLimit", column.count(), column.wipLimit()));
        count.addClassName("column-count");
        count.setId("count-" + column.stage().name());
        if (column.overLimit()) {
            count.getElement().setAttribute("title", getTranslation("board.overLimit", column.wipLimit()));
        }
        Div header = new Div(title, count);
        header.addClassName("column-header");
        if (column.stage() == Stage.REJECTED) {
            Button toggle = new Button(
                    new Icon(collapsed ? VaadinIcon.ANGLE_DOWN : VaadinIcon.ANGLE_UP),
                    e -> actions.toggleCollapsed(column.stage()));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            toggle.setAriaLabel(getTranslation(collapsed ? "board.showRejected" : "board.hideRejected"));
            toggle.setTooltipText(getTranslation(collapsed ? "board.showRejected" : "board.hideRejected"));
            toggle.setId("toggle-rejected");
            header.add(toggle);
        }
        if (CurrentUser.can(Permission.BOARD_WIP_LIMITS)) {
            Button wip = new Button(new Icon(VaadinIcon.COG_O), e -> actions.editWipLimit(column));
            wip.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            wip.setAriaLabel(getTranslation(
                    "board.wipLimit.edit", getTranslation(column.stage().translationKey())));
            wip.setTooltipText(getTranslation(
                    "board.wipLimit.edit", getTranslation(column.stage().translationKey())));
            header.add(wip);
        }
        add(header);
        if (collapsed) {
            return;
        }
        cards.addClassName("column-cards");
        List<BoardCard> shown = column.cards();
        shown.forEach(card -> cards.add(new RequirementCard(card, actions)));
        if (column.count() > shown.size()) {
            Button more = new Button(
                    getTranslation("board.showMore", column.count() - shown.size()),
                    e -> actions.showMore(column.stage()));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            more.setId("more-" + column.stage().name());
            cards.add(more);
        }
        Div dropZone = new Div();
        dropZone.addClassName("drop-zone");
        if (CurrentUser.can(Permission.REQUIREMENT_MOVE)) {
            DropTarget<Div> drop = DropTarget.create(dropZone);
            drop.addDropListener(e -> e.getDragData()
                    .filter(BoardCard.class::isInstance)
                    .map(BoardCard.class::cast)
                    .ifPresent(card -> actions.move(card, column.stage(), null)));
        }
        cards.add(dropZone);
        add(cards);
    }
}

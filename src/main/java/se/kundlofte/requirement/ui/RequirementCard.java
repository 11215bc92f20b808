package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.kundlofte.requirement.BoardCard;
import se.kundlofte.requirement.Priority;
import se.kundlofte.requirement.Stage;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * One requirement on the board. Dragged with the mouse, or moved with the keyboard through its
 * "Move to…" menu (every stage, plus up and down within the column).
 */
class RequirementCard extends Div {

    /** What the board does when the card is moved: to a stage, before a card (null = last). */
    interface Mover {
        void move(BoardCard card, Stage target, Long beforeId);

        void moveUp(BoardCard card);

        void moveDown(BoardCard card);
    }

    final BoardCard card;
    final Button move = new Button();

    RequirementCard(BoardCard card, Mover mover) {
        this.card = card;
        addClassName("board-card");
        setId("card-" + card.id());
        getElement().setAttribute("data-stage", card.stage().name());

        // A plain router anchor: resolving a RouterLink per card was the costliest part of the board.
        Anchor title = new Anchor(RequirementNavigation.requirementUrl(card.id()), card.title());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("card-title");
        Div top = new Div(title);
        top.addClassName("card-top");

        Div meta = new Div();
        meta.addClassName("card-meta");
        Icon source = new Icon(card.source().icon());
        source.addClassName("card-source");
        source.setTooltipText(getTranslation(card.source().translationKey()));
        source.getElement()
                .setAttribute("aria-label", getTranslation(card.source().translationKey()));
        meta.add(
                source,
                new Span(card.customerName() == null ? getTranslation("board.noCustomer") : card.customerName()));

        Div badges = new Div(priorityBadge());
        badges.addClassName("badges");
        if (card.overdueActions()) {
            Badge overdue = new Badge(getTranslation("board.overdue"), new Icon(VaadinIcon.CLOCK));
            overdue.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.SMALL);
            overdue.addClassName("overdue");
            badges.add(overdue);
        }
        Span days = new Span(getTranslation("board.daysInStage", card.daysInStage()));
        days.addClassName("card-days");
        Span owner = new Span(card.ownerName() == null ? getTranslation("board.noOwner") : card.ownerName());
        owner.addClassName("card-owner");
        Div bottom = new Div(owner, days);
        bottom.addClassName("card-bottom");
        add(top, meta, badges, bottom);

        if (CurrentUser.can(Permission.REQUIREMENT_MOVE)) {
            move.setIcon(new Icon(VaadinIcon.ELLIPSIS_DOTS_V));
            move.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            move.addClassName("card-move");
            move.setAriaLabel(getTranslation("board.moveMenu", card.title()));
            move.addClickListener(e -> new MoveDialog(card, mover).open());
            top.add(move);
            DragSource<RequirementCard> drag = DragSource.create(this);
            drag.setDragData(card);
            DropTarget<RequirementCard> drop = DropTarget.create(this);
            drop.addDropListener(e -> e.getDragData()
                    .filter(BoardCard.class::isInstance)
                    .map(BoardCard.class::cast)
                    .filter(dragged -> dragged.id() != card.id())
                    .ifPresent(dragged -> mover.move(dragged, card.stage(), card.id())));
        }
    }

    private Badge priorityBadge() {
        Priority priority = card.priority();
        String text = getTranslation(priority.translationKey())
                + (card.score() != null && priority != Priority.CRITICAL ? " " + card.score() : "");
        Badge badge = new Badge(text);
        badge.addClassName("priority");
        badge.addThemeVariants(BadgeVariant.SMALL);
        switch (priority) {
            case CRITICAL -> badge.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.FILLED);
            case HIGH -> badge.addThemeVariants(BadgeVariant.WARNING);
            case MEDIUM -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            default -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }
}

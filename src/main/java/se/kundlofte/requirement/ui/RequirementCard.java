package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.RouterLink;
import se.kundlofte.requirement.BoardCard;
import se.kundlofte.requirement.Priority;
import se.kundlofte.requirement.RequirementAccess;
import se.kundlofte.requirement.Stage;

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
    final MenuBar menu = new MenuBar();

    RequirementCard(BoardCard card, Mover mover) {
        this.card = card;
        addClassName("board-card");
        setId("card-" + card.id());
        getElement().setAttribute("data-stage", card.stage().name());

        RouterLink title = new RouterLink(card.title(), RequirementView.class, RequirementView.parameters(card.id()));
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

        if (RequirementAccess.canMoveAnything()) {
            configureMenu(mover);
            top.add(menu);
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

    private void configureMenu(Mover mover) {
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        menu.addClassName("card-menu");
        MenuItem root = menu.addItem(new Icon(VaadinIcon.ELLIPSIS_DOTS_V));
        root.setAriaLabel(getTranslation("board.moveMenu", card.title()));
        root.setTooltipText(getTranslation("board.moveTo"));
        SubMenu sub = root.getSubMenu();
        for (Stage stage : Stage.values()) {
            if (stage != card.stage()) {
                MenuItem item = sub.addItem(
                        getTranslation("board.moveToStage", getTranslation(stage.translationKey())),
                        e -> mover.move(card, stage, null));
                item.setEnabled(RequirementAccess.canMoveTo(stage));
                item.setId("move-" + card.id() + "-" + stage.name());
            }
        }
        if (RequirementAccess.canAnalyse()) {
            sub.addSeparator();
            sub.addItem(getTranslation("board.moveUp"), e -> mover.moveUp(card)).setId("up-" + card.id());
            sub.addItem(getTranslation("board.moveDown"), e -> mover.moveDown(card))
                    .setId("down-" + card.id());
        }
    }
}

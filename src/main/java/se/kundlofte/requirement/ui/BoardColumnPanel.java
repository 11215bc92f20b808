package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import se.kundlofte.requirement.BoardCard;
import se.kundlofte.requirement.BoardColumnView;
import se.kundlofte.requirement.Stage;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * One board column: header with count and WIP limit, and the cards as a virtual list. Only the
 * cards scrolled into view exist in the browser, and the server fetches them a page at a time;
 * the top page comes with the board's own query. The whole column is a drop zone (to the bottom).
 */
class BoardColumnPanel extends Div {

    interface Actions {
        /** Moves a card to a stage, before a card (null = last). */
        void move(BoardCard card, Stage target, Long beforeId);

        /** Moves the card with this id (dragged from any column) to a stage, before a card (null = last). */
        void moveDragged(long draggedId, Stage target, Long beforeId);

        void openMoveMenu(BoardCard card);

        List<BoardCard> fetch(Stage stage, int offset, int limit);

        long freshCard();

        void toggleCollapsed(Stage stage);

        void editWipLimit(BoardColumnView column);
    }

    private static final String DROPPED = "event.dataTransfer.getData('text/plain')";

    final Stage stage;
    final VirtualList<BoardCard> cards = new VirtualList<>();
    final boolean movable;
    final LitRenderer<BoardCard> renderer;
    private final Actions actions;
    private final H3 title = new H3();
    private final Span count = new Span();
    private final Div header = new Div();
    private final CallbackDataProvider<BoardCard, Void> data;
    /** The cards the browser asked for, by id: a drop names a card by id only. */
    private final Map<Long, BoardCard> loaded = new ConcurrentHashMap<>();

    BoardColumnView column;
    private boolean collapsed;
    private boolean headerBuilt;

    BoardColumnPanel(Stage stage, Actions actions) {
        this.stage = stage;
        this.actions = actions;
        this.movable = CurrentUser.can(Permission.REQUIREMENT_MOVE);
        this.column = new BoardColumnView(stage, 0, null, List.of());
        addClassName("board-column");
        setId("column-" + stage.name());
        title.setText(getTranslation(stage.translationKey()));
        count.addClassName("column-count");
        count.setId("count-" + stage.name());
        header.addClassName("column-header");
        header.add(title, count);
        add(header);

        data = DataProvider.fromCallbacks(this::fetch, query -> column.count());
        cards.addClassName("column-cards");
        renderer = BoardCardRenderer.create(
                this,
                movable,
                actions::freshCard,
                actions::openMoveMenu,
                (target, dragged) -> actions.moveDragged(dragged, stage, target.id()));
        cards.setRenderer(renderer);
        cards.setItemAccessibleNameGenerator(card -> card.title() + ", "
                + (card.customerName() == null ? getTranslation("board.noCustomer") : card.customerName()));
        cards.setDataProvider(data);
        // The first page travels with the board's own response, from the board's query, instead
        // of one more round trip (and a query per column) once the browser has laid out the list.
        cards.getDataCommunicator().setViewportRange(0, RequirementBoardView.PAGE);
        add(cards);
        if (movable) {
            // The connector lets the column accept drops; the card id comes with the drop event.
            DropTarget.create(this);
            getElement()
                    .addEventListener("drop", e -> {
                        long dragged = BoardCardRenderer.parseId(
                                e.getEventData().get(DROPPED).asString());
                        if (dragged > 0) {
                            actions.moveDragged(dragged, stage, null);
                        }
                    })
                    .addEventData(DROPPED);
        }
    }

    /** Shows a new state of the column: header from the summary, cards read again as needed. */
    void show(BoardColumnView column, boolean collapsed) {
        this.column = column;
        loaded.clear();
        setClassName("over-limit", column.overLimit());
        if (this.collapsed != collapsed || !headerBuilt) {
            this.collapsed = collapsed;
            headerBuilt = true;
            setClassName("collapsed", collapsed);
            rebuildHeaderButtons();
        }
        count.setText(
                column.wipLimit() == null
                        ? String.valueOf(column.count())
                        : getTranslation("board.countOfLimit", column.count(), column.wipLimit()));
        if (column.overLimit()) {
            count.getElement().setAttribute("title", getTranslation("board.overLimit", column.wipLimit()));
        } else {
            count.getElement().removeAttribute("title");
        }
        cards.setVisible(!collapsed);
        data.refreshAll();
    }

    private void rebuildHeaderButtons() {
        header.removeAll();
        header.add(title, count);
        if (stage == Stage.REJECTED) {
            Button toggle = new Button(
                    new Icon(collapsed ? VaadinIcon.ANGLE_DOWN : VaadinIcon.ANGLE_UP),
                    e -> actions.toggleCollapsed(stage));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            toggle.setAriaLabel(getTranslation(collapsed ? "board.showRejected" : "board.hideRejected"));
            toggle.setTooltipText(getTranslation(collapsed ? "board.showRejected" : "board.hideRejected"));
            toggle.setId("toggle-rejected");
            header.add(toggle);
        }
        if (CurrentUser.can(Permission.BOARD_WIP_LIMITS)) {
            Button wip = new Button(new Icon(VaadinIcon.COG_O), e -> actions.editWipLimit(column));
            wip.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            wip.setAriaLabel(getTranslation("board.wipLimit.edit", getTranslation(stage.translationKey())));
            wip.setTooltipText(getTranslation("board.wipLimit.edit", getTranslation(stage.translationKey())));
            header.add(wip);
        }
    }

    /** Positions the board query read come from it; only positions beyond it are read from the database. */
    private Stream<BoardCard> fetch(Query<BoardCard, Void> query) {
        int offset = query.getOffset();
        int end = offset + query.getLimit();
        if (collapsed) {
            return Stream.empty();
        }
        List<BoardCard> top = column.cards();
        List<BoardCard> page = new ArrayList<>();
        if (offset < top.size()) {
            page.addAll(top.subList(offset, Math.min(top.size(), end)));
        }
        int next = offset + page.size();
        if (next < end && next < column.count() && top.size() < column.count()) {
            page.addAll(actions.fetch(stage, next, end - next));
        }
        page.forEach(card -> loaded.put(card.id(), card));
        return page.stream();
    }

    /** A card of this column that the browser showed, or null. */
    BoardCard loaded(long id) {
        return loaded.get(id);
    }

    /** The cards the renderer gets for positions {@code offset} to {@code offset + limit}. */
    List<BoardCard> items(int offset, int limit) {
        return data.fetch(new Query<>(offset, limit, List.of(), null, null)).toList();
    }
}

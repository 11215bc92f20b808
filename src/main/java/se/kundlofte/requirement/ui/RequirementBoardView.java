package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kundlofte.base.JourneyStageChoices;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.requirement.BoardCard;
import se.kundlofte.requirement.BoardColumnView;
import se.kundlofte.requirement.BoardSnapshots;
import se.kundlofte.requirement.RequirementBoardService;
import se.kundlofte.requirement.RequirementBroadcaster;
import se.kundlofte.requirement.RequirementChanged;
import se.kundlofte.requirement.RequirementDetails;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Stage;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserRef;

/**
 * The requirement board: the lifecycle as columns of cards drawn in the browser from data,
 * filtered by URL parameters. A change re-reads only the columns it touched, for the mover and
 * for colleagues (pushed).
 */
@Route("board")
@Menu(title = "menu.board", order = 20, icon = "vaadin:tasks")
@RolesAllowed(Permission.REQUIREMENT_READ)
class RequirementBoardView extends Main implements BeforeEnterObserver, TitledView, BoardColumnPanel.Actions {

    /**
     * Cards per column read with the board itself and sent with it: what the browser asks for
     * first (the cards in view and 20 more) on a 1280×860 window, so that it needs no second read.
     */
    static final int PAGE = 32;

    final BoardFilterBar filters;
    final Div columnsArea = new Div();
    final Button create = new Button();
    final Map<Stage, BoardColumnPanel> panels = new EnumMap<>(Stage.class);

    private final RequirementBoardService board;
    private final BoardSnapshots snapshots;
    private final RequirementBroadcaster broadcaster;
    private final BoardMoves moves;
    private final Set<Stage> collapsed = EnumSet.of(Stage.REJECTED);
    private Map<Stage, Integer> wipLimits = Map.of();
    private long freshCard = -1;
    private Runnable unregister;

    RequirementBoardView(
            RequirementBoardService board,
            BoardSnapshots snapshots,
            RequirementService requirements,
            RequirementBroadcaster broadcaster,
            CustomerService customers,
            UserDirectory users,
            JourneyStageChoices journeyStages) {
        this.board = board;
        this.snapshots = snapshots;
        this.broadcaster = broadcaster;
        this.moves = new BoardMoves(this, board);
        addClassName("board-view");
        List<UserRef> allOwners = users.activeWithPermission(Permission.REQUIREMENT_OWN);
        filters = new BoardFilterBar(customers, allOwners, journeyStages.all(), this::filtersChanged);
        Div toolbar = new Div(filters);
        toolbar.addClassName("toolbar");
        if (CurrentUser.can(Permission.REQUIREMENT_CREATE)) {
            create.setText(getTranslation("board.new"));
            create.setIcon(new Icon(VaadinIcon.PLUS));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> new NewRequirementDialog(
                            customers, allOwners, journeyStages.all(), requirements::create, this::showCreated)
                    .open());
            toolbar.add(create);
        }
        columnsArea.addClassName("board-columns");
        for (Stage stage : Stage.values()) {
            BoardColumnPanel panel = new BoardColumnPanel(stage, this);
            panels.put(stage, panel);
            columnsArea.add(panel);
        }
        add(toolbar, columnsArea);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.fromQuery(event.getLocation().getQueryParameters());
        refresh();
    }

    private void filtersChanged() {
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, RequirementNavigation.boardLocation(filters.filter())));
        refresh();
    }

    /** Reads the whole board again: counts, WIP limits and the top page of every open column. */
    void refresh() {
        Map<Stage, Integer> shown = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            shown.put(stage, collapsed.contains(stage) ? 0 : PAGE);
        }
        List<BoardColumnView> columns = snapshots.board(filters.filter(), shown);
        wipLimits = new EnumMap<>(Stage.class);
        for (BoardColumnView column : columns) {
            if (column.wipLimit() != null) {
                wipLimits.put(column.stage(), column.wipLimit());
            }
            panels.get(column.stage()).show(column, collapsed.contains(column.stage()));
        }
    }

    /** Reads only these columns again (one statement): what a move or an edit touched. */
    void refresh(Set<Stage> stages) {
        Map<Stage, Integer> shown = new EnumMap<>(Stage.class);
        stages.forEach(stage -> shown.put(stage, collapsed.contains(stage) ? 0 : PAGE));
        snapshots.columns(filters.filter(), shown).forEach((stage, column) -> panels.get(stage)
                .show(
                        new BoardColumnView(stage, column.count(), wipLimits.get(stage), column.cards()),
                        collapsed.contains(stage)));
    }

    private void changed(RequirementChanged change) {
        if (change.requirementId() == 0) {
            refresh(); // a WIP limit changed
        } else {
            refresh(EnumSet.of(change.stage(), change.from()));
        }
    }

    /** The state of every column as last read (counts, WIP limits, top page of cards). */
    List<BoardColumnView> columns() {
        List<BoardColumnView> result = new ArrayList<>();
        panels.values().forEach(panel -> result.add(panel.column));
        return result;
    }

    /** A new requirement usually lands far down a column: scroll to it, mark it and say where it is. */
    private void showCreated(RequirementDetails created) {
        Stage stage = created.stage();
        collapsed.remove(stage);
        freshCard = created.id();
        refresh(EnumSet.of(stage));
        int position = board.position(filters.filter(), stage, created.id());
        if (position < 0) {
            Notifications.success(getTranslation("board.created.hidden", created.title()));
            return;
        }
        panels.get(stage).cards.scrollToIndex(position);
        Notifications.success(getTranslation(
                "board.created.position",
                created.title(),
                position + 1,
                panels.get(stage).column.count(),
                getTranslation(stage.translationKey())));
    }

    @Override
    public long freshCard() {
        return freshCard;
    }

    @Override
    public List<BoardCard> fetch(Stage stage, int offset, int limit) {
        return board.cards(filters.filter(), stage, offset, limit);
    }

    @Override
    public void move(BoardCard card, Stage target, Long beforeId) {
        moves.move(card, target, beforeId);
    }

    @Override
    public void moveDragged(long draggedId, Stage target, Long beforeId) {
        for (BoardColumnPanel panel : panels.values()) {
            BoardCard card = panel.loaded(draggedId);
            if (card != null) {
                moves.move(card, target, beforeId);
                return;
            }
        }
    }

    @Override
    public void openMoveMenu(BoardCard card) {
        new MoveDialog(card, new MoveDialog.Mover() {
                    @Override
                    public void move(BoardCard moved, Stage target) {
                        moves.move(moved, target, null);
                    }

                    @Override
                    public void shift(BoardCard moved, int direction) {
                        moves.shift(moved, neighbours(moved), direction);
                    }
                })
                .open();
    }

    /** The card with the card above and below it (as the filter shows the column). */
    private List<BoardCard> neighbours(BoardCard card) {
        int position = board.position(filters.filter(), card.stage(), card.id());
        if (position < 0) {
            return List.of();
        }
        return board.cards(filters.filter(), card.stage(), Math.max(0, position - 1), position == 0 ? 2 : 3);
    }

    @Override
    public void toggleCollapsed(Stage stage) {
        if (!collapsed.remove(stage)) {
            collapsed.add(stage);
        }
        refresh(EnumSet.of(stage));
    }

    @Override
    public void editWipLimit(BoardColumnView column) {
        // The limit's event makes every open board, this one too, read the board again.
        new WipLimitDialog(column, limit -> board.setWipLimit(column.stage(), limit)).open();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unregister = broadcaster.register(change -> ui.access(() -> changed(change)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
    }

    @Override
    public String titleKey() {
        return "menu.board";
    }
}

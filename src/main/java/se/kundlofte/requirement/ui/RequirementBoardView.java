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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kundlofte.base.ui.TitledView;
import se.kundlofte.customer.CustomerService;
import se.kundlofte.requirement.BoardCard;
import se.kundlofte.requirement.BoardColumnView;
import se.kundlofte.requirement.RequirementBoardService;
import se.kundlofte.requirement.RequirementBroadcaster;
import se.kundlofte.requirement.RequirementService;
import se.kundlofte.requirement.Stage;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;
import se.kundlofte.user.UserDirectory;
import se.kundlofte.user.UserRef;

/**
 * The requirement board: the lifecycle as columns, bounded to the top cards by rank, filtered by
 * URL parameters, updated live when colleagues move or edit cards.
 */
@Route("board")
@Menu(title = "menu.board", order = 20, icon = "vaadin:tasks")
@RolesAllowed(Permission.REQUIREMENT_READ)
class RequirementBoardView extends Main implements BeforeEnterObserver, TitledView, BoardColumnPanel.Actions {

    static final int PAGE = 50;

    final BoardFilterBar filters;
    final Div columnsArea = new Div();
    final Button create = new Button();

    private final RequirementBoardService board;
    private final RequirementBroadcaster broadcaster;
    private final BoardMoves moves;
    private final Map<Stage, Integer> limits = new EnumMap<>(Stage.class);
    private final Set<Stage> collapsed = EnumSet.of(Stage.REJECTED);
    private List<BoardColumnView> columns = List.of();
    private Runnable unregister;

    RequirementBoardView(
            RequirementBoardService board,
            RequirementService requirements,
            RequirementBroadcaster broadcaster,
            CustomerService customers,
            UserDirectory users) {
        this.board = board;
        this.broadcaster = broadcaster;
        this.moves = new BoardMoves(this, board, this::refresh);
        addClassName("board-view");
        for (Stage stage : Stage.values()) {
            limits.put(stage, PAGE);
        }
        List<UserRef> allOwners = users.activeWithPermission(Permission.REQUIREMENT_OWN);
        filters = new BoardFilterBar(customers, allOwners, this::filtersChanged);
        Div toolbar = new Div(filters);
        toolbar.addClassName("toolbar");
        if (CurrentUser.can(Permission.REQUIREMENT_CREATE)) {
            create.setText(getTranslation("board.new"));
            create.setIcon(new Icon(VaadinIcon.PLUS));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e ->
                    new NewRequirementDialog(customers, allOwners, requirements::create, created -> refresh()).open());
            toolbar.add(create);
        }
        columnsArea.addClassName("board-columns");
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
        for (Stage stage : Stage.values()) {
            limits.put(stage, PAGE);
        }
        refresh();
    }

    /** Reads the board again (bounded per column) and rebuilds the columns. */
    void refresh() {
        // A collapsed column shows only its count: fetch none of its cards.
        Map<Stage, Integer> shown = new EnumMap<>(limits);
        collapsed.forEach(stage -> shown.put(stage, 0));
        columns = board.board(filters.filter(), shown);
        columnsArea.removeAll();
        for (BoardColumnView column : columns) {
            columnsArea.add(new BoardColumnPanel(column, collapsed.contains(column.stage()), this));
        }
    }

    List<BoardColumnView> columns() {
        return columns;
    }

    @Override
    public void move(BoardCard card, Stage target, Long beforeId) {
        moves.move(card, target, beforeId);
    }

    @Override
    public void moveUp(BoardCard card) {
        moves.shift(card, cardsOf(card.stage()), -1);
    }

    @Override
    public void moveDown(BoardCard card) {
        moves.shift(card, cardsOf(card.stage()), 1);
    }

    private List<BoardCard> cardsOf(Stage stage) {
        return columns.stream()
                .filter(c -> c.stage() == stage)
                .findFirst()
                .map(BoardColumnView::cards)
                .orElse(List.of());
    }

    @Override
    public void showMore(Stage stage) {
        limits.merge(stage, PAGE, Integer::sum);
        refresh();
    }

    @Override
    public void toggleCollapsed(Stage stage) {
        if (!collapsed.remove(stage)) {
            collapsed.add(stage);
        }
        refresh();
    }

    @Override
    public void editWipLimit(BoardColumnView column) {
        new WipLimitDialog(column, limit -> {
                    board.setWipLimit(column.stage(), limit);
                    refresh();
                })
                .open();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unregister = broadcaster.register(change -> ui.access(this::refresh));
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

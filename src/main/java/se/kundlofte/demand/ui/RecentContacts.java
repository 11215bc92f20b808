package se.kundlofte.demand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.ui.ConfirmRemove;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.demand.DemandItem;
import se.kundlofte.demand.DemandService;

/** "My recent contacts": the last 24 hours of the user's own entries, each correctable or undoable. */
class RecentContacts extends Div {

    final Grid<DemandItem> grid = new Grid<>();
    private final DemandService demands;

    RecentContacts(DemandService demands, BusinessTime time, Consumer<DemandItem> onEdit) {
        this.demands = demands;
        ContactColumns.add(grid, time, false, true);
        grid.addComponentColumn(d -> {
                    Button edit = new Button(getTranslation("demand.action.correct"), e -> onEdit.accept(d));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    Button undo = new Button(getTranslation("demand.action.undo"), e -> undo(d));
                    undo.addThemeVariants(
                            ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    undo.setId("undo-" + d.id());
                    Div actions = new Div(edit, undo);
                    actions.addClassName("row-actions");
                    return actions;
                })
                .setKey("actions")
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(demands.myRecent(20));
    }

    private void undo(DemandItem item) {
        ConfirmRemove.ask(this, getTranslation("demand.confirmUndo"), () -> {
            try {
                demands.undo(item.id(), item.version());
                Notifications.success(getTranslation("demand.undone"));
            } catch (ConcurrentEditException e) {
                Notifications.error(getTranslation("conflict.reloaded"));
            } catch (RuleViolationException e) {
                Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
            }
            refresh();
        });
    }
}

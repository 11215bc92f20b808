package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.kundlofte.requirement.BoardCard;
import se.kundlofte.requirement.RequirementAccess;
import se.kundlofte.requirement.Stage;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * "Move to…" for one card, the keyboard alternative to drag and drop: a button per stage, and up
 * and down within the column. One dialog opened on demand keeps the board light (a menu on
 * every card cost more than the board query itself).
 */
class MoveDialog extends Dialog {

    /** What the board does with the chosen move. */
    interface Mover {
        /** To the bottom of another column. */
        void move(BoardCard card, Stage target);

        /** One place up (-1) or down (1) within the column. */
        void shift(BoardCard card, int direction);
    }

    MoveDialog(BoardCard card, Mover mover) {
        setHeaderTitle(getTranslation("board.moveMenu", card.title()));
        Div stages = new Div();
        stages.addClassName("move-stages");
        for (Stage stage : Stage.values()) {
            if (stage == card.stage()) {
                continue;
            }
            Button button =
                    new Button(getTranslation("board.moveToStage", getTranslation(stage.translationKey())), e -> {
                        close();
                        mover.move(card, stage);
                    });
            button.setId("move-" + card.id() + "-" + stage.name());
            button.setEnabled(RequirementAccess.canMoveTo(stage));
            stages.add(button);
        }
        add(stages);
        if (CurrentUser.can(Permission.REQUIREMENT_ANALYSE)) {
            Button up = new Button(getTranslation("board.moveUp"), new Icon(VaadinIcon.ARROW_UP), e -> {
                close();
                mover.shift(card, -1);
            });
            up.setId("up-" + card.id());
            Button down = new Button(getTranslation("board.moveDown"), new Icon(VaadinIcon.ARROW_DOWN), e -> {
                close();
                mover.shift(card, 1);
            });
            down.setId("down-" + card.id());
            Div rank = new Div(up, down);
            rank.addClassName("move-rank");
            add(rank);
        }
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel);
    }
}

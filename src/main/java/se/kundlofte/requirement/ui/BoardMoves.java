package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.ui.Notifications;
import se.kundlofte.requirement.BoardCard;
import se.kundlofte.requirement.GateRefusedException;
import se.kundlofte.requirement.RequirementBoardService;
import se.kundlofte.requirement.Stage;
import se.kundlofte.requirement.WipLimitReachedException;

/**
 * Carries out a move for the board and explains every refusal: a gate (what is missing), a full
 * column (confirm or not), a colleague who moved or edited the card first (reload), no right.
 */
class BoardMoves {

    private final Component owner;
    private final RequirementBoardService board;

    BoardMoves(Component owner, RequirementBoardService board) {
        this.owner = owner;
        this.board = board;
    }

    void move(BoardCard card, Stage target, Long beforeId) {
        attempt(card, target, beforeId, false);
    }

    /** Up and down within the column, from the keyboard menu. */
    void shift(BoardCard card, List<BoardCard> column, int direction) {
        int index = indexOf(column, card.id());
        if (index < 0) {
            return;
        }
        if (direction < 0 && index > 0) {
            attempt(card, card.stage(), column.get(index - 1).id(), false);
        } else if (direction > 0 && index < column.size() - 1) {
            Long before = index + 2 < column.size() ? column.get(index + 2).id() : null;
            attempt(card, card.stage(), before, false);
        }
    }

    private void attempt(BoardCard card, Stage target, Long beforeId, boolean confirmed) {
        try {
            // No read here: the move's event makes every open board, this one too, re-read the two columns.
            board.moveCard(card.id(), card.version(), target, beforeId, confirmed);
            if (card.stage() != target) {
                Notifications.success(owner.getTranslation(
                        "board.moved", card.title(), owner.getTranslation(target.translationKey())));
            }
        } catch (WipLimitReachedException e) {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(owner.getTranslation("board.wipLimit.title"));
            confirm.setText(owner.getTranslation(
                    "board.wipLimit.confirm",
                    owner.getTranslation(target.translationKey()),
                    e.getCount(),
                    e.getLimit()));
            confirm.setCancelable(true);
            confirm.setCancelText(owner.getTranslation("action.cancel"));
            confirm.setConfirmText(owner.getTranslation("board.wipLimit.moveAnyway"));
            confirm.addConfirmListener(ok -> attempt(card, target, beforeId, true));
            confirm.open();
        } catch (GateRefusedException e) {
            new RefusedMoveDialog(card, e).open();
        } catch (ConcurrentEditException | OptimisticLockingFailureException e) {
            Notifications.error(owner.getTranslation("board.conflict", card.title()));
        } catch (AccessDeniedException e) {
            Notifications.error(
                    owner.getTranslation("board.notAllowed", owner.getTranslation(target.translationKey())));
        } catch (RuleViolationException e) {
            Notifications.error(owner.getTranslation(e.getMessageKey(), e.getArgs()));
        }
    }

    private static int indexOf(List<BoardCard> column, long id) {
        for (int i = 0; i < column.size(); i++) {
            if (column.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}

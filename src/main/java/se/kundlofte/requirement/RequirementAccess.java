package se.kundlofte.requirement;

import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * The requirement rule that depends on more than a permission: where a card may go. Whoever may
 * move cards at all ({@link Permission#REQUIREMENT_MOVE}) may move one on to Communicated; other
 * targets need {@link Permission#REQUIREMENT_MOVE_ANY}. The board service enforces this; the
 * views only disable what the user cannot use.
 */
public final class RequirementAccess {

    private RequirementAccess() {}

    public static boolean canMoveTo(Stage target) {
        return CurrentUser.can(Permission.REQUIREMENT_MOVE_ANY)
                || (target == Stage.COMMUNICATED && CurrentUser.can(Permission.REQUIREMENT_MOVE));
    }
}

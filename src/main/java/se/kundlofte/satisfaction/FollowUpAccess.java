package se.kundlofte.satisfaction;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * Who may close a follow-up: the customer's owner, and the owners' managers. The user model has no
 * reporting lines, so "manager" means the roles that manage all sales work: the CEO, and
 * administrators (both hold {@link Permission#FOLLOW_UP_CLOSE_ANY}).
 */
public final class FollowUpAccess {

    private FollowUpAccess() {}

    /** True when the logged-in user may close a follow-up owned by {@code ownerId}. */
    public static boolean mayClose(@Nullable Long ownerId) {
        if (CurrentUser.can(Permission.FOLLOW_UP_CLOSE_ANY)) {
            return true;
        }
        return CurrentUser.can(Permission.FOLLOW_UP_CLOSE)
                && ownerId != null
                && CurrentUser.get()
                        .map(u -> Objects.equals(u.getUserId(), ownerId))
                        .orElse(false);
    }
}

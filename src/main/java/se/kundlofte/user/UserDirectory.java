package se.kundlofte.user;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.SharedReads;
import se.kundlofte.security.Permission;
import se.kundlofte.security.Permission.Require;

/** Looks up colleagues for other features, e.g. the sales person who owns a customer. */
@Service
@PreAuthorize(Require.PORTAL_USE)
@Transactional(readOnly = true)
public class UserDirectory {

    private final AppUserRepository users;
    private final SharedReads<String, List<UserRef>> withPermission;

    UserDirectory(AppUserRepository users, @Value("${kundlofte.shared-reads:1s}") Duration shared) {
        this.users = users;
        this.withPermission = new SharedReads<>(shared);
    }

    /** Active users holding the role, by name. */
    public List<UserRef> activeWithRole(String role) {
        return users.findActiveWithRole(role);
    }

    /**
     * Active users whose roles grant the {@link Permission} (e.g. who may own a requirement), by
     * name, in one query. Every board and requirement page asks this when it opens, so the answer
     * is shared for {@code kundlofte.shared-reads} (default 1 s, {@link SharedReads}): a new or
     * deactivated colleague shows in these lists within that time. It runs without a transaction
     * of its own (one statement; a read-only transaction cost five more).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<UserRef> activeWithPermission(String permission) {
        return withPermission.get(
                permission, () -> List.copyOf(users.findActiveWithAnyRole(Permission.rolesWith(permission))));
    }

    /** Changes how long the lists of users with a permission are shared (tests look at sharing this way). */
    void shareFor(Duration shared) {
        withPermission.shareFor(shared);
    }

    /** An active user whose roles grant the {@link Permission}, by username. */
    public Optional<UserRef> activeWithPermission(String permission, String username) {
        return users.findByUsername(UserRules.normalizeUsername(username))
                .filter(user -> isActiveWith(user, permission))
                .map(UserDirectory::ref);
    }

    /** True when the user exists, is active and their roles grant the {@link Permission}. */
    public boolean isActiveWithPermission(long userId, String permission) {
        return users.findById(userId)
                .filter(user -> isActiveWith(user, permission))
                .isPresent();
    }

    private static boolean isActiveWith(AppUser user, String permission) {
        return user.isActive() && Permission.of(user.getRoles()).contains(permission);
    }

    /** Every user, active or not, by name (for filters over past work). */
    public List<UserRef> everyone() {
        return users.findAll(org.springframework.data.domain.Sort.by("fullName", "id")).stream()
                .map(UserDirectory::ref)
                .toList();
    }

    /** The user's name, whether active or not (for history and owners shown later). */
    public Optional<String> name(long userId) {
        return users.findById(userId).map(AppUser::getFullName);
    }

    /** Names of several users in one query (for lists that show who did what). */
    public java.util.Map<Long, String> names(java.util.Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        users.findAllById(userIds).forEach(user -> names.put(user.getId(), user.getFullName()));
        return names;
    }

    private static UserRef ref(AppUser user) {
        return new UserRef(user.getId(), user.getUsername(), user.getFullName());
    }
}

package se.kundlofte.user;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.security.AppRoles;

/** Looks up colleagues for other features, e.g. the sales person who owns a customer. */
@Service
@PreAuthorize(AppRoles.ANY_ROLE)
@Transactional(readOnly = true)
public class UserDirectory {

    private final AppUserRepository users;

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    /** Active users holding the role, by name. */
    public List<UserRef> activeWithRole(String role) {
        return users.findActiveWithRole(role).stream().map(UserDirectory::ref).toList();
    }

    /** Active users holding any of the roles, by name, in one query. */
    public List<UserRef> activeWithAnyRole(java.util.Collection<String> roles) {
        return users.findActiveWithAnyRole(roles).stream()
                .map(UserDirectory::ref)
                .toList();
    }

    /** An active user holding the role, by username. */
    public Optional<UserRef> activeWithRole(String role, String username) {
        return users.findByUsername(UserRules.normalizeUsername(username))
                .filter(user -> user.isActive() && user.getRoles().contains(role))
                .map(UserDirectory::ref);
    }

    /** True when the user exists, is active and holds the role. */
    public boolean isActiveWithRole(long userId, String role) {
        return users.findById(userId)
                .filter(user -> user.isActive() && user.getRoles().contains(role))
                .isPresent();
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

package se.kundlofte.user;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.db.Like;
import se.kundlofte.security.AppRoles;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.PasswordPolicy;
import se.kundlofte.security.Permission.Require;
import se.kundlofte.security.UserSessions;

/**
 * User administration: list, create, edit roles, deactivate and reactivate, set passwords.
 * Administrators only. Keeps at least one active administrator and never lets an administrator
 * lock themselves out.
 */
@Service
@PreAuthorize(Require.USER_ADMIN)
@Transactional
public class UserAdminService {

    private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);
    private static final Set<String> SORTABLE = Set.of("fullName", "username", "email", "department", "active");

    private final AppUserRepository users;
    private final UserProvisioning provisioning;
    private final UserSessions sessions;
    private final UserAudit audit;

    UserAdminService(AppUserRepository users, UserProvisioning provisioning, UserSessions sessions, UserAudit audit) {
        this.audit = audit;
        this.users = users;
        this.provisioning = provisioning;
        this.sessions = sessions;
    }

    /** One page of users matching the search text (name, username, email or department). */
    @Transactional(readOnly = true)
    public List<UserListItem> list(@Nullable String search, Pageable pageable) {
        String pattern = search == null || search.isBlank() ? null : Like.contains(search.toLowerCase(Locale.ROOT));
        return users.search(pattern, safe(pageable)).map(UserListItem::of).getContent();
    }

    /** One user. */
    @Transactional(readOnly = true)
    public UserListItem get(long id) {
        return UserListItem.of(load(id));
    }

    /** Creates a user; the username must be free. */
    public UserListItem create(NewUser newUser) {
        List<FieldError> errors = UserRules.check(newUser);
        String username = UserRules.normalizeUsername(newUser.username());
        if (errors.stream().noneMatch(e -> e.field().equals("username")) && users.existsByUsername(username)) {
            errors = new java.util.ArrayList<>(errors);
            errors.add(new FieldError("username", "user.error.usernameTaken"));
        }
        FieldValidationException.throwIfAny(errors);
        AppUser user = provisioning.create(newUser);
        audit.created(user);
        log.info("User {} created by {} with roles {}", username, actor(), newUser.roles());
        return UserListItem.of(user);
    }

    /** Saves name, email, department and roles; refuses when someone saved the user meanwhile. */
    public UserListItem update(UserChanges changes) {
        FieldValidationException.throwIfAny(
                UserRules.check(changes.fullName(), changes.email(), changes.department(), changes.roles()));
        AppUser user = load(changes.id());
        user.checkVersion(changes.version());
        boolean losesAdmin =
                user.getRoles().contains(AppRoles.ADMIN) && !changes.roles().contains(AppRoles.ADMIN);
        if (losesAdmin && user.getId() == CurrentUser.require().getUserId()) {
            throw new RuleViolationException("user.error.cannotRemoveOwnAdmin");
        }
        if (losesAdmin && user.isActive()) {
            requireAnotherActiveAdmin(user);
        }
        boolean rolesChanged = !user.getRoles().equals(changes.roles());
        var before = audit.values(user);
        user.setFullName(changes.fullName().trim());
        user.setEmail(changes.email().trim());
        user.setDepartment(UserRules.trimToNull(changes.department()));
        user.setRoles(changes.roles());
        users.flush();
        audit.changed(user, before);
        log.info("User {} updated by {}; roles now {}", user.getUsername(), actor(), changes.roles());
        if (rolesChanged) {
            // Open sessions still carry the old roles: the user logs in again to get the new ones.
            sessions.end(user.getUsername());
        }
        return UserListItem.of(user);
    }

    /** Deactivates (cannot log in) or reactivates a user. */
    public UserListItem setActive(long id, long version, boolean active) {
        AppUser user = load(id);
        user.checkVersion(version);
        if (!active && user.isActive()) {
            if (user.getId() == CurrentUser.require().getUserId()) {
                throw new RuleViolationException("user.error.cannotDeactivateSelf");
            }
            if (user.getRoles().contains(AppRoles.ADMIN)) {
                requireAnotherActiveAdmin(user);
            }
        }
        var before = audit.values(user);
        user.setActive(active);
        users.flush();
        audit.changed(user, before);
        log.info("User {} {} by {}", user.getUsername(), active ? "reactivated" : "deactivated", actor());
        if (!active) {
            sessions.end(user.getUsername());
        }
        return UserListItem.of(user);
    }

    /** Sets a new password chosen by the administrator. */
    public void setPassword(long id, String password) {
        AppUser user = load(id);
        PasswordPolicy.violation(password, user.getUsername()).ifPresent(key -> {
            throw new FieldValidationException(
                    List.of(new FieldError("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)));
        });
        provisioning.changePassword(user, password);
        audit.event(user, "audit.event.passwordSet", null);
        log.info("Password of user {} set by {}", user.getUsername(), actor());
    }

    /** The user's open sessions. */
    @Transactional(readOnly = true)
    public List<UserSessions.OpenSession> openSessions(long id) {
        return sessions.of(load(id).getUsername());
    }

    /** Logs the user out everywhere; returns how many sessions were ended. */
    public int endSessions(long id) {
        AppUser user = load(id);
        log.info("Sessions of user {} ended by {}", user.getUsername(), actor());
        int ended = sessions.end(user.getUsername());
        audit.event(user, "audit.event.sessionsEnded", ended);
        return ended;
    }

    private void requireAnotherActiveAdmin(AppUser leaving) {
        boolean another = users.lockActiveAdmins().stream()
                .anyMatch(admin -> !admin.getId().equals(leaving.getId()));
        if (!another) {
            throw new RuleViolationException("user.error.lastAdmin");
        }
    }

    private AppUser load(long id) {
        return users.findById(id).orElseThrow(() -> new RuleViolationException("user.error.notFound"));
    }

    private static Pageable safe(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream()
                .filter(order -> SORTABLE.contains(order.getProperty()))
                .toList());
        if (sort.isUnsorted()) {
            sort = Sort.by("fullName");
        }
        return PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 200), sort.and(Sort.by("id")));
    }

    private static String actor() {
        return CurrentUser.get().map(u -> u.getUsername()).orElse("system");
    }
}

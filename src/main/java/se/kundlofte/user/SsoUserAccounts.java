package se.kundlofte.user;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.SsoAccounts;
import se.kundlofte.security.SsoIdentity;
import se.kundlofte.security.SsoLoginRefusedException;
import se.kundlofte.security.SsoLoginRefusedException.Reason;
import se.kundlofte.security.SsoProperties;
import se.kundlofte.security.UserSessions;

/**
 * Users who log in through single sign-on, provisioned just in time: found by the provider's
 * subject, created on the first login without a local password, and given the name, email and
 * roles the provider sends at every login. Runs during login, before anyone is authenticated,
 * so it is a component of the user feature rather than a guarded service.
 */
@Component
class SsoUserAccounts implements SsoAccounts {

    private static final Logger log = LoggerFactory.getLogger(SsoUserAccounts.class);

    private final AppUserRepository users;
    private final UserSessions sessions;
    private final SsoProperties properties;
    private final UserAudit audit;

    SsoUserAccounts(AppUserRepository users, UserSessions sessions, SsoProperties properties, UserAudit audit) {
        this.audit = audit;
        this.users = users;
        this.sessions = sessions;
        this.properties = properties;
    }

    @Override
    @Transactional
    public KundlofteUser signIn(SsoIdentity identity) {
        AppUser user = users.findBySsoSubject(identity.subject()).orElse(null);
        boolean created = false;
        if (user == null) {
            Optional<AppUser> sameName = users.findByUsername(identity.username());
            if (sameName.isPresent()) {
                user = link(sameName.get(), identity);
            } else {
                user = new AppUser(identity.username(), null);
                user.setSsoSubject(identity.subject());
                created = true;
            }
        }
        if (!user.isActive()) {
            throw new SsoLoginRefusedException(Reason.DEACTIVATED, "User " + user.getUsername() + " is deactivated");
        }
        boolean rolesChanged = !created && !user.getRoles().equals(identity.roles());
        var before = created ? null : audit.values(user);
        user.setFullName(identity.fullName());
        if (!identity.email().isEmpty() || created) {
            user.setEmail(identity.email());
        }
        if (created || rolesChanged) {
            // Replacing the role collection marks the user changed: only when the roles really
            // changed, so a plain login does not bump the version under an administrator's edit.
            user.setRoles(identity.roles());
        }
        user = users.saveAndFlush(user);
        // The identity provider's changes appear in the audit log as made by the system.
        if (created) {
            audit.created(user);
            log.info("User {} created by single sign-on with roles {}", user.getUsername(), identity.roles());
        } else {
            audit.changed(user, before);
            if (rolesChanged) {
                log.info("User {} has new roles from single sign-on: {}", user.getUsername(), identity.roles());
                // Other open sessions still carry the old roles, as when an administrator changes them.
                sessions.end(user.getUsername());
            }
        }
        return new KundlofteUser(
                user.getId(),
                user.getUsername(),
                "",
                true,
                user.getFullName(),
                user.getPreferredLanguage(),
                user.getRoles());
    }

    /** A password user with the same username: taken over only when the configuration allows it. */
    private AppUser link(AppUser existing, SsoIdentity identity) {
        if (existing.getSsoSubject() != null || !properties.linkExistingUsers()) {
            throw new SsoLoginRefusedException(
                    Reason.USERNAME_TAKEN, "Username " + identity.username() + " belongs to another user");
        }
        existing.setSsoSubject(identity.subject());
        log.info("User {} linked to single sign-on", existing.getUsername());
        return existing;
    }
}

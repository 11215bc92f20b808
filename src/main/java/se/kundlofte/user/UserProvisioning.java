package se.kundlofte.user;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates users and hashes passwords. Package-private to the user feature: the admin service
 * guards it for people, the start-up code uses it for demo users and the first administrator.
 */
@Component
class UserProvisioning {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserProvisioning(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    AppUser create(NewUser newUser) {
        AppUser user = new AppUser(
                UserRules.normalizeUsername(newUser.username()), passwordEncoder.encode(newUser.password()));
        user.setFullName(newUser.fullName().trim());
        user.setEmail(newUser.email().trim());
        user.setDepartment(UserRules.trimToNull(newUser.department()));
        user.setRoles(newUser.roles());
        return users.saveAndFlush(user);
    }

    @Transactional
    void changePassword(AppUser user, String password) {
        user.setPasswordHash(passwordEncoder.encode(password));
        users.flush();
    }

    @Transactional(readOnly = true)
    long count() {
        return users.count();
    }
}

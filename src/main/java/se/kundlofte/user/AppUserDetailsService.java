package se.kundlofte.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.security.KundlofteUser;

/**
 * Loads users and their roles from the database for password login; inactive users are disabled,
 * users without a local password (single sign-on only) are unknown here.
 */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AppUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(UserRules.normalizeUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        if (user.getPasswordHash() == null) {
            // Single sign-on users have no local password until an administrator sets one.
            throw new UsernameNotFoundException("No local password");
        }
        return new KundlofteUser(
                user.getId(),
                user.getUsername(),
                user.getPasswordHash(),
                user.isActive(),
                user.getFullName(),
                user.getPreferredLanguage(),
                user.getRoles());
    }
}

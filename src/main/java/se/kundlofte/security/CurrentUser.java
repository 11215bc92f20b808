package se.kundlofte.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is logged in, for services and views. Works wherever a security context is set. */
public final class CurrentUser {

    private CurrentUser() {}

    /** The logged-in portal user, if any. */
    public static Optional<KundlofteUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KundlofteUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The logged-in portal user; fails when called without one. */
    public static KundlofteUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No logged-in user"));
    }

    /** True when the logged-in user holds the role. */
    public static boolean hasRole(String role) {
        return get().map(user -> user.getRoles().contains(role)).orElse(false);
    }
}

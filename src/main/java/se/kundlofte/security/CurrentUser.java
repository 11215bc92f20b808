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

    /**
     * True when the logged-in user holds the {@link Permission}. For showing or hiding what the
     * user may use; the services are the guard.
     */
    public static boolean can(String permission) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + permission));
    }
}

package se.kundlofte.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import se.kundlofte.base.i18n.PrefersLanguage;

/**
 * The logged-in user: Spring Security's user plus the portal's id, name and language. Its
 * authorities are its roles and the permissions they grant ({@link Permission#authorities}).
 */
public class KundlofteUser extends User implements PrefersLanguage {

    private final long userId;
    private final String fullName;
    private final String preferredLanguage;

    public KundlofteUser(
            long userId,
            String username,
            String passwordHash,
            boolean active,
            String fullName,
            String preferredLanguage,
            Set<String> roles) {
        super(username, passwordHash, active, true, true, true, authorities(roles));
        this.userId = userId;
        this.fullName = fullName;
        this.preferredLanguage = preferredLanguage;
    }

    private static Collection<? extends GrantedAuthority> authorities(Set<String> roles) {
        return Permission.authorities(roles);
    }

    public long getUserId() {
        return userId;
    }

    public String getFullName() {
        return fullName;
    }

    @Override
    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    /** Role codes without the {@code ROLE_} prefix; the permissions they grant are not roles. */
    public Set<String> getRoles() {
        return getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .filter(AppRoles.ALL::contains)
                .collect(Collectors.toUnmodifiableSet());
    }
}

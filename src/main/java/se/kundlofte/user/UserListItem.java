package se.kundlofte.user;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as shown in the user administration grid and edit dialog. */
public record UserListItem(
        long id,
        long version,
        String username,
        String fullName,
        String email,
        @Nullable String department,
        boolean active,
        Set<String> roles) {

    static UserListItem of(AppUser user) {
        return new UserListItem(
                user.getId(),
                user.getVersion(),
                user.getUsername(),
                user.getFullName(),
                user.getEmail(),
                user.getDepartment(),
                user.isActive(),
                user.getRoles());
    }
}

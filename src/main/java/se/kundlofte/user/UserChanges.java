package se.kundlofte.user;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An edit of a user, carrying the version the administrator saw. */
public record UserChanges(
        long id,
        long version,
        String fullName,
        String email,
        @Nullable String department,
        Set<String> roles) {}

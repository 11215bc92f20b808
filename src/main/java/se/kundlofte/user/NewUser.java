package se.kundlofte.user;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator enters to create a user. */
public record NewUser(
        String username,
        String fullName,
        String email,
        @Nullable String department,
        Set<String> roles,
        String password) {}

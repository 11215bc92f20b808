package se.kundlofte.user;

import java.util.Set;

/** What an administrator enters to create a user. */
public record NewUser(
        String username, String fullName, String email, String department, Set<String> roles, String password) {}

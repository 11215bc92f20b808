package se.kundlofte.user;

import java.util.Set;

/** An edit of a user, carrying the version the administrator saw. */
public record UserChanges(long id, long version, String fullName, String email, String department, Set<String> roles) {}

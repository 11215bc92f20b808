package se.kundlofte.user;

/** A user as other features see them: who, not how they log in. */
public record UserRef(long id, String username, String fullName) {}

package se.kundlofte.customer;

/** What a user enters for a need. */
public record NeedForm(String title, String description, NeedKind kind) {}

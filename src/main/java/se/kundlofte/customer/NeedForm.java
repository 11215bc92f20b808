package se.kundlofte.customer;

import org.jspecify.annotations.Nullable;

/** What a user enters for a need. */
public record NeedForm(
        String title,
        @Nullable String description,
        @Nullable NeedKind kind) {}

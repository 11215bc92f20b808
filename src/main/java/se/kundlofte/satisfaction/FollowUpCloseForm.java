package se.kundlofte.satisfaction;

import org.jspecify.annotations.Nullable;

/** What closes the loop: what was done, and whether the customer was contacted. */
public record FollowUpCloseForm(
        @Nullable String actionTaken, @Nullable Boolean customerContacted) {}

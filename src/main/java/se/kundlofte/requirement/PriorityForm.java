package se.kundlofte.requirement;

import org.jspecify.annotations.Nullable;

/** Customer value and risk of not meeting it (1–5), and the manual critical flag. */
public record PriorityForm(
        @Nullable Integer customerValue, @Nullable Integer risk, boolean critical) {}

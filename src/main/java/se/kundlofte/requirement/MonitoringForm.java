package se.kundlofte.requirement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** How we will know the expectation is met. */
public record MonitoringForm(
        @Nullable String indicator,
        @Nullable String target,
        @Nullable LocalDate nextReview) {}

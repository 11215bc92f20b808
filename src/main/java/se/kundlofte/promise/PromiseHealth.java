package se.kundlofte.promise;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A promise's health in its window (from, to inclusive): the verdict and the figures behind it.
 * {@code rate} is the share of checks we judged kept (0–1), null without checks.
 */
public record PromiseHealth(
        HealthStatus status,
        LocalDate from,
        LocalDate to,
        long failures,
        long checks,
        long keptChecks,
        long disputedChecks,
        @Nullable Double rate) {}

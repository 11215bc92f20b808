package se.kundlofte.requirement;

import org.jspecify.annotations.Nullable;

/** The analysis: does it apply to us, is it realistic, what constrains it, what will it take. */
public record AnalysisForm(
        @Nullable Answer applies,
        @Nullable String appliesWhy,
        @Nullable Answer realistic,
        @Nullable String realisticWhy,
        @Nullable String constraintsNote,
        @Nullable Effort effort) {}

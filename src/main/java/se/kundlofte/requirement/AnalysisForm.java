package se.kundlofte.requirement;

/** The analysis: does it apply to us, is it realistic, what constrains it, what will it take. */
public record AnalysisForm(
        Answer applies,
        String appliesWhy,
        Answer realistic,
        String realisticWhy,
        String constraintsNote,
        Effort effort) {}

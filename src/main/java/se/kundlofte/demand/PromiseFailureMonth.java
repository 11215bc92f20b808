package se.kundlofte.demand;

import java.time.YearMonth;

/** The failure-demand contacts tagged with one promise in one month. */
public record PromiseFailureMonth(YearMonth month, long failures) {}

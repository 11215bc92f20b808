package se.kundlofte.satisfaction;

import java.time.LocalDate;

/** One week (its Monday) or month (its first day) of a trend, with its figure, interval and count. */
public record TrendPoint(LocalDate period, Score score) {}

package se.kundlofte.requirement;

import java.time.LocalDate;

/** How we will know the expectation is met. */
public record MonitoringForm(String indicator, String target, LocalDate nextReview) {}

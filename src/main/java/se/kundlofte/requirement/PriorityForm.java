package se.kundlofte.requirement;

/** Customer value and risk of not meeting it (1–5), and the manual critical flag. */
public record PriorityForm(Integer customerValue, Integer risk, boolean critical) {}

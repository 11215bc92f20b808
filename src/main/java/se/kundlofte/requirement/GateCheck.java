package se.kundlofte.requirement;

import java.time.LocalDate;

/** What the gate rules look at: the requirement's answers and how many actions and communications it has. */
public record GateCheck(
        Answer applies,
        String appliesWhy,
        Answer realistic,
        String realisticWhy,
        Integer customerValue,
        Integer risk,
        Effort effort,
        int actions,
        int communications,
        String indicator,
        LocalDate nextReview,
        String rejectionReason) {}

package se.kundlofte.requirement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the gate rules look at: the requirement's answers and how many actions and communications it has. */
public record GateCheck(
        @Nullable Answer applies,
        @Nullable String appliesWhy,
        @Nullable Answer realistic,
        @Nullable String realisticWhy,
        @Nullable Integer customerValue,
        @Nullable Integer risk,
        @Nullable Effort effort,
        int actions,
        int communications,
        @Nullable String indicator,
        @Nullable LocalDate nextReview,
        @Nullable String rejectionReason) {}

package se.kundlofte.promise;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a customer believed they were promised: customer, who there, what, where the belief came from, when heard. */
public record PerceivedForm(
        @Nullable Long customerId,
        @Nullable String stakeholder,
        String believed,
        @Nullable String cameFrom,
        @Nullable LocalDate recordedOn) {}

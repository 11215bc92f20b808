package se.kundlofte.journey;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One observation, as the map lists it. */
public record ObservationItem(
        long id,
        long stageId,
        LocalDate observedOn,
        String observerName,
        @Nullable Long customerId,
        @Nullable String customerName,
        @Nullable String place,
        String whatHappened,
        @Nullable String insight) {}

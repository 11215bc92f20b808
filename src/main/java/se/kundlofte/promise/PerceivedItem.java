package se.kundlofte.promise;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A perceived-promise gap as lists show it. */
public record PerceivedItem(
        long id,
        long promiseId,
        String promiseTitle,
        long customerId,
        String customerName,
        @Nullable String stakeholder,
        String believed,
        @Nullable String cameFrom,
        LocalDate recordedOn,
        @Nullable String recordedByName) {}

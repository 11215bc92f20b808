package se.kundlofte.promise;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A fulfilment check: on which day, for which customer (optional), our verdict, the customer's if known, and the evidence. */
public record CheckForm(
        @Nullable LocalDate checkedOn,
        @Nullable Long customerId,
        @Nullable Boolean kept,
        @Nullable Boolean customerKept,
        String evidence) {}

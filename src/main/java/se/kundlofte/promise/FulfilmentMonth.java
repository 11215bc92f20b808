package se.kundlofte.promise;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** One month of a promise's evidence: checks kept and not kept, tagged failure contacts, the fulfilment rate (0–1). */
public record FulfilmentMonth(
        YearMonth month,
        long kept,
        long notKept,
        long failures,
        @Nullable Double rate) {}

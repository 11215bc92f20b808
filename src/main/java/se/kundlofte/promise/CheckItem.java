package se.kundlofte.promise;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A recorded fulfilment check. Disputed when the customer's verdict is known and differs from ours. */
public record CheckItem(
        long id,
        LocalDate checkedOn,
        @Nullable Long customerId,
        @Nullable String customerName,
        boolean kept,
        @Nullable Boolean customerKept,
        String evidence,
        @Nullable String recordedByName) {

    public boolean disputed() {
        return customerKept != null && customerKept != kept;
    }
}

package se.kundlofte.promise;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A fulfilment check: on which day, for which customer (optional), our verdict, the customer's if
 * known, and the evidence. {@code wordingSeen} is the promise's wording version the verdict was
 * given against; when set and the promise was reworded since, the check is refused as a conflict.
 */
public record CheckForm(
        @Nullable LocalDate checkedOn,
        @Nullable Long customerId,
        @Nullable Boolean kept,
        @Nullable Boolean customerKept,
        String evidence,
        @Nullable Integer wordingSeen) {

    public CheckForm(
            @Nullable LocalDate checkedOn,
            @Nullable Long customerId,
            @Nullable Boolean kept,
            @Nullable Boolean customerKept,
            String evidence) {
        this(checkedOn, customerId, kept, customerKept, evidence, null);
    }

    public CheckForm withWordingSeen(int textVersion) {
        return new CheckForm(checkedOn, customerId, kept, customerKept, evidence, textVersion);
    }
}

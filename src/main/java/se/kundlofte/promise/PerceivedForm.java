package se.kundlofte.promise;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a customer believed they were promised: customer, who there, what, where the belief came
 * from, when heard. {@code wordingSeen}: as {@link CheckForm#wordingSeen()}.
 */
public record PerceivedForm(
        @Nullable Long customerId,
        @Nullable String stakeholder,
        String believed,
        @Nullable String cameFrom,
        @Nullable LocalDate recordedOn,
        @Nullable Integer wordingSeen) {

    public PerceivedForm(
            @Nullable Long customerId,
            @Nullable String stakeholder,
            String believed,
            @Nullable String cameFrom,
            @Nullable LocalDate recordedOn) {
        this(customerId, stakeholder, believed, cameFrom, recordedOn, null);
    }

    public PerceivedForm withWordingSeen(int textVersion) {
        return new PerceivedForm(customerId, stakeholder, believed, cameFrom, recordedOn, textVersion);
    }
}

package se.kundlofte.journey;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An observation as a user enters it. */
public record ObservationForm(
        @Nullable Long stageId,
        @Nullable LocalDate observedOn,
        @Nullable Long customerId,
        @Nullable String place,
        @Nullable String whatHappened,
        @Nullable String insight) {

    public static ObservationForm of(
            @Nullable Long stageId, @Nullable LocalDate observedOn, @Nullable String whatHappened) {
        return new ObservationForm(stageId, observedOn, null, null, whatHappened, null);
    }

    public ObservationForm withCustomer(@Nullable Long value) {
        return new ObservationForm(stageId, observedOn, value, place, whatHappened, insight);
    }

    public ObservationForm withPlace(@Nullable String value) {
        return new ObservationForm(stageId, observedOn, customerId, value, whatHappened, insight);
    }

    public ObservationForm withInsight(@Nullable String value) {
        return new ObservationForm(stageId, observedOn, customerId, place, whatHappened, value);
    }
}

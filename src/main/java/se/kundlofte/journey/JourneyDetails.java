package se.kundlofte.journey;

import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import se.kundlofte.customer.Segment;

/** A journey's own facts. */
public record JourneyDetails(
        long id,
        long version,
        @Nullable String name,
        @Nullable String description,
        @Nullable Segment segment,
        boolean standard,
        int gapFailurePercent) {

    /** Its name, or the translated "Standard journey". */
    public String label(UnaryOperator<String> translate) {
        return name == null ? translate.apply("journey.standard") : name;
    }

    public JourneyForm toForm() {
        return new JourneyForm(name, description, segment, gapFailurePercent);
    }
}

package se.kundlofte.journey;

import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import se.kundlofte.customer.Segment;

/**
 * One journey in the list.
 *
 * @param gaps stages with no owner or not covered by our processes
 */
public record JourneyListItem(
        long id, @Nullable String name, @Nullable Segment segment, boolean standard, int stages, int gaps) {

    public String label(UnaryOperator<String> translate) {
        return name == null ? translate.apply("journey.standard") : name;
    }
}

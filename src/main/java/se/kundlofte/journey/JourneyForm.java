package se.kundlofte.journey;

import org.jspecify.annotations.Nullable;
import se.kundlofte.customer.Segment;

/**
 * What a user enters about a journey.
 *
 * @param segment null: the journey is about every customer
 * @param gapFailurePercent a stage whose failure demand ratio is above this is a gap
 */
public record JourneyForm(
        @Nullable String name,
        @Nullable String description,
        @Nullable Segment segment,
        int gapFailurePercent) {

    public static final int DEFAULT_GAP_PERCENT = 30;

    public static JourneyForm of(@Nullable String name) {
        return new JourneyForm(name, null, null, DEFAULT_GAP_PERCENT);
    }

    public JourneyForm withName(@Nullable String value) {
        return new JourneyForm(value, description, segment, gapFailurePercent);
    }

    public JourneyForm withDescription(@Nullable String value) {
        return new JourneyForm(name, value, segment, gapFailurePercent);
    }

    public JourneyForm withSegment(@Nullable Segment value) {
        return new JourneyForm(name, description, value, gapFailurePercent);
    }

    public JourneyForm withGapFailurePercent(int value) {
        return new JourneyForm(name, description, segment, value);
    }
}

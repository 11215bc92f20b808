package se.kundlofte.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The portal's one source of time: the injected {@link Clock} and the business {@link ZoneId}
 * ({@code kundlofte.zone}, Europe/Stockholm by default). Whatever asks "what day is it" or shows
 * a time asks here, so that the board, the requirement page and the analysis agree about
 * midnight, and tests can move the clock.
 */
@Component
public class BusinessTime {

    private final Clock clock;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public BusinessTime(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
    }

    /** The current instant. */
    public Instant now() {
        return clock.instant();
    }

    /** Today in the business zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The time of day in the business zone. */
    public LocalTime timeOfDay() {
        return LocalTime.ofInstant(clock.instant(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }

    /** A formatter of instants in the business zone. */
    public DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withZone(zone);
    }

    /** "2026-03-01 14:05" in the business zone; empty for null. */
    public String formatDateTime(@Nullable Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** "2026-03-01" in the business zone; empty for null. */
    public String formatDate(@Nullable Instant instant) {
        return instant == null ? "" : date.format(instant);
    }
}

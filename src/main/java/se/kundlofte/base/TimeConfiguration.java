package se.kundlofte.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock and one business zone for the whole portal; see {@link BusinessTime}. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** The zone in which the business counts its days (due dates, overdue, "today"). */
    @Bean
    ZoneId businessZone(@Value("${kundlofte.zone:Europe/Stockholm}") String zone) {
        return ZoneId.of(zone);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

package se.kundlofte.journey;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.kundlofte.test.RunAs;

/** Journeys for tests, made through the service as a product developer. */
public final class JourneyTestData {

    private JourneyTestData() {}

    public static JourneyMap journey(JourneyService service, UserDetailsService users, String name) {
        return RunAs.user(
                users,
                "product",
                () -> service.map(service.create(JourneyForm.of(name)).id()));
    }

    /** A requirement pointing at the stage (and its phase), as the requirement services store it. */
    public static long requirementAt(JdbcTemplate jdbc, StageItem stage, String stageOfLifecycle) {
        String title = "Krav vid " + stage.id() + " " + System.nanoTime();
        jdbc.update(
                "insert into requirement (title, source, stage, stage_entered_at, board_rank, created_at, updated_at, "
                        + "journey_stage, journey_stage_id) values (?, 'OBSERVATION', ?, now(), 99999999, now(), now(), ?, ?)",
                title,
                stageOfLifecycle,
                stage.phase().name(),
                stage.id());
        return jdbc.queryForObject("select id from requirement where title = ?", Long.class, title);
    }

    /** A contact pointing at the stage (and its phase). */
    public static long contactAt(JdbcTemplate jdbc, StageItem stage, String kind) {
        long channel = jdbc.queryForObject("select min(id) from contact_channel", Long.class);
        String words = "Kunden sa " + System.nanoTime();
        jdbc.update(
                "insert into demand (channel_id, customer_words, kind, journey_stage, journey_stage_id, logged_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, now(), now())",
                channel,
                words,
                kind,
                stage.phase().name(),
                stage.id());
        return jdbc.queryForObject("select id from demand where customer_words = ?", Long.class, words);
    }

    public static List<Long> stageIds(JourneyMap map) {
        return map.stages().stream().map(StageItem::id).toList();
    }
}

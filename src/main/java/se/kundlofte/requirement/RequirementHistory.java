package se.kundlofte.requirement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;

/** Writes and reads the documented changes of requirements (who, when, old → new). */
@Component
class RequirementHistory {

    private final JdbcTemplate jdbc;
    private final BusinessTime time;

    RequirementHistory(JdbcTemplate jdbc, BusinessTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** Records the change when the value really changed. */
    void record(long requirementId, String field, @Nullable Object oldValue, @Nullable Object newValue) {
        record(requirementId, field, oldValue, newValue, time.now());
    }

    void record(long requirementId, String field, @Nullable Object oldValue, @Nullable Object newValue, Instant at) {
        String before = text(oldValue);
        String after = text(newValue);
        if (Objects.equals(before, after)) {
            return;
        }
        KundlofteUser user = CurrentUser.get().orElse(null);
        jdbc.update(
                "insert into requirement_history (requirement_id, changed_at, changed_by, changed_by_name, field, old_value, new_value) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                requirementId,
                Timestamp.from(at),
                user == null ? null : user.getUserId(),
                user == null ? "Kundlöfte" : user.getFullName(),
                field,
                before,
                after);
    }

    List<HistoryItem> of(long requirementId) {
        return jdbc.query(
                "select changed_at, changed_by_name, field, old_value, new_value from requirement_history "
                        + "where requirement_id = ? order by changed_at desc, id desc",
                (rs, i) -> new HistoryItem(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)),
                requirementId);
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        String text = value.toString();
        return text.isBlank() ? null : text;
    }
}

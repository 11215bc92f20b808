package se.kundlofte.requirement;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;

/** Writes and reads the documented changes of requirements (who, when, old → new). */
@Component
class RequirementHistory {

    private final RequirementHistoryRepository rows;

    RequirementHistory(RequirementHistoryRepository rows) {
        this.rows = rows;
    }

    /** Records the change when the value really changed. */
    void record(long requirementId, String field, Object oldValue, Object newValue) {
        record(requirementId, field, oldValue, newValue, Instant.now());
    }

    void record(long requirementId, String field, Object oldValue, Object newValue, Instant at) {
        String before = text(oldValue);
        String after = text(newValue);
        if (Objects.equals(before, after)) {
            return;
        }
        KundlofteUser user = CurrentUser.get().orElse(null);
        rows.insert(
                requirementId,
                at,
                user == null ? null : user.getUserId(),
                user == null ? "Kundlöfte" : user.getFullName(),
                field,
                before,
                after);
    }

    List<HistoryItem> of(long requirementId) {
        return rows.of(requirementId);
    }

    private static String text(Object value) {
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

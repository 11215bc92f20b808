package se.kundlofte.requirement;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;

/** Writes and reads the documented changes of requirements (who, when, old → new). */
@Component
class RequirementHistory {

    private final RequirementHistoryRepository rows;
    private final BusinessTime time;

    RequirementHistory(RequirementHistoryRepository rows, BusinessTime time) {
        this.rows = rows;
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
        rows.insert(
                requirementId,
                at,
                user == null ? null : user.getUserId(),
                user == null ? "Kundlöfte" : user.getFullName(),
                field,
                before,
                after);
    }

    /** Records the phase change of every requirement of a journey stage that moves to {@code toPhase}. */
    void recordPhaseMove(long fromStageId, String toPhase) {
        KundlofteUser user = CurrentUser.get().orElse(null);
        rows.recordPhaseMove(
                fromStageId,
                toPhase,
                time.now(),
                user == null ? null : user.getUserId(),
                user == null ? "Kundlöfte" : user.getFullName());
    }

    List<HistoryItem> of(long requirementId) {
        return rows.of(requirementId);
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

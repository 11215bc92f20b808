package se.kundlofte.requirement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An action as the requirement page lists it; overdue when open past its due date. */
public record ActionItem(
        long id,
        long version,
        ActionType type,
        String description,
        @Nullable Long ownerId,
        @Nullable String ownerName,
        @Nullable LocalDate dueDate,
        boolean done,
        boolean overdue) {}

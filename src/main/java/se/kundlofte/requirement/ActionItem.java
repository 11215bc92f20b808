package se.kundlofte.requirement;

import java.time.LocalDate;

/** An action as the requirement page lists it; overdue when open past its due date. */
public record ActionItem(
        long id,
        long version,
        ActionType type,
        String description,
        Long ownerId,
        String ownerName,
        LocalDate dueDate,
        boolean done,
        boolean overdue) {}

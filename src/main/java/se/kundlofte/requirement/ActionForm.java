package se.kundlofte.requirement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record ActionForm(
        @Nullable ActionType type,
        String description,
        @Nullable Long ownerId,
        @Nullable LocalDate dueDate) {}

package se.kundlofte.requirement;

import java.time.LocalDate;

public record ActionForm(ActionType type, String description, Long ownerId, LocalDate dueDate) {}

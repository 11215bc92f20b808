package se.kundlofte.requirement;

import org.jspecify.annotations.Nullable;

/**
 * Board filters; null means "any". Start from {@link #none()} and narrow with the {@code with…}
 * methods.
 *
 * @param department a role the owner holds (the owner's department)
 * @param minDaysInStage only cards that have waited at least this many days in their column
 * @param journeyStageId only requirements pointing at this stage of a journey map
 */
public record BoardFilter(
        @Nullable Long customerId,
        @Nullable Long ownerId,
        @Nullable String department,
        @Nullable Priority priority,
        @Nullable Source source,
        @Nullable Integer minDaysInStage,
        @Nullable String text,
        @Nullable Long journeyStageId) {

    public static BoardFilter none() {
        return new BoardFilter(null, null, null, null, null, null, null, null);
    }

    public BoardFilter withCustomer(@Nullable Long customerId) {
        return new BoardFilter(customerId, ownerId, department, priority, source, minDaysInStage, text, journeyStageId);
    }

    public BoardFilter withOwner(@Nullable Long ownerId) {
        return new BoardFilter(customerId, ownerId, department, priority, source, minDaysInStage, text, journeyStageId);
    }

    public BoardFilter withDepartment(@Nullable String department) {
        return new BoardFilter(customerId, ownerId, department, priority, source, minDaysInStage, text, journeyStageId);
    }

    public BoardFilter withPriority(@Nullable Priority priority) {
        return new BoardFilter(customerId, ownerId, department, priority, source, minDaysInStage, text, journeyStageId);
    }

    public BoardFilter withSource(@Nullable Source source) {
        return new BoardFilter(customerId, ownerId, department, priority, source, minDaysInStage, text, journeyStageId);
    }

    public BoardFilter withMinDaysInStage(@Nullable Integer minDaysInStage) {
        return new BoardFilter(customerId, ownerId, department, priority, source, minDaysInStage, text, journeyStageId);
    }

    public BoardFilter withText(@Nullable String text) {
        return new BoardFilter(customerId, ownerId, department, priority, source, minDaysInStage, text, journeyStageId);
    }

    public BoardFilter withJourneyStage(@Nullable Long journeyStageId) {
        return new BoardFilter(customerId, ownerId, department, priority, source, minDaysInStage, text, journeyStageId);
    }
}

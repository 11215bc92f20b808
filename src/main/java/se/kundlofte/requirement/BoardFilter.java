package se.kundlofte.requirement;

/**
 * Board filters; null means "any".
 *
 * @param department a role the owner holds (the owner's department)
 * @param minDaysInStage only cards that have waited at least this many days in their column
 */
public record BoardFilter(
        Long customerId,
        Long ownerId,
        String department,
        Priority priority,
        Source source,
        Integer minDaysInStage,
        String text) {

    public static BoardFilter none() {
        return new BoardFilter(null, null, null, null, null, null, null);
    }
}

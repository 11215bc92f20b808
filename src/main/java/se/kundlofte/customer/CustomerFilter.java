package se.kundlofte.customer;

/**
 * Register filters; null or false means "any".
 *
 * @param text part of the name or organisation number
 */
public record CustomerFilter(
        String text, Long industryId, Segment segment, boolean keyAccountsOnly, Long ownerId, boolean includeArchived) {

    public static CustomerFilter all() {
        return new CustomerFilter(null, null, null, false, null, false);
    }
}

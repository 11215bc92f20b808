package se.kundlofte.satisfaction;

import org.jspecify.annotations.Nullable;

/**
 * Which follow-ups a list shows: open ones by default; narrowed to an owner, a customer or the
 * overdue ones. Start from {@link #open()} or {@link #all()}.
 */
public record FollowUpFilter(
        boolean openOnly,
        boolean overdueOnly,
        @Nullable Long ownerId,
        @Nullable Long customerId) {

    public static FollowUpFilter open() {
        return new FollowUpFilter(true, false, null, null);
    }

    public static FollowUpFilter all() {
        return new FollowUpFilter(false, false, null, null);
    }

    public FollowUpFilter withOverdueOnly(boolean overdueOnly) {
        return new FollowUpFilter(openOnly || overdueOnly, overdueOnly, ownerId, customerId);
    }

    public FollowUpFilter withOwner(@Nullable Long ownerId) {
        return new FollowUpFilter(openOnly, overdueOnly, ownerId, customerId);
    }

    public FollowUpFilter withCustomer(@Nullable Long customerId) {
        return new FollowUpFilter(openOnly, overdueOnly, ownerId, customerId);
    }
}

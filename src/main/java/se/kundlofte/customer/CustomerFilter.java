package se.kundlofte.customer;

import org.jspecify.annotations.Nullable;

/**
 * Register filters; null or false means "any". Start from {@link #all()} and narrow with the
 * {@code with…} methods.
 *
 * @param text part of the name or organisation number
 */
public record CustomerFilter(
        @Nullable String text,
        @Nullable Long industryId,
        @Nullable Segment segment,
        boolean keyAccountsOnly,
        @Nullable Long ownerId,
        boolean includeArchived) {

    public static CustomerFilter all() {
        return new CustomerFilter(null, null, null, false, null, false);
    }

    public CustomerFilter withText(@Nullable String text) {
        return new CustomerFilter(text, industryId, segment, keyAccountsOnly, ownerId, includeArchived);
    }

    public CustomerFilter withIndustry(@Nullable Long industryId) {
        return new CustomerFilter(text, industryId, segment, keyAccountsOnly, ownerId, includeArchived);
    }

    public CustomerFilter withSegment(@Nullable Segment segment) {
        return new CustomerFilter(text, industryId, segment, keyAccountsOnly, ownerId, includeArchived);
    }

    public CustomerFilter withKeyAccountsOnly(boolean keyAccountsOnly) {
        return new CustomerFilter(text, industryId, segment, keyAccountsOnly, ownerId, includeArchived);
    }

    public CustomerFilter withOwner(@Nullable Long ownerId) {
        return new CustomerFilter(text, industryId, segment, keyAccountsOnly, ownerId, includeArchived);
    }

    public CustomerFilter withArchived(boolean includeArchived) {
        return new CustomerFilter(text, industryId, segment, keyAccountsOnly, ownerId, includeArchived);
    }
}

package se.kundlofte.customer;

import org.jspecify.annotations.Nullable;

/** What a user enters for a customer (create or edit). */
public record CustomerForm(
        String name,
        @Nullable String orgNumber,
        @Nullable Long industryId,
        @Nullable Segment segment,
        boolean keyAccount,
        @Nullable Long ownerId,
        @Nullable String notes) {}

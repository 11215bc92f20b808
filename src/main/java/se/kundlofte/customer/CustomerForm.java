package se.kundlofte.customer;

/** What a user enters for a customer (create or edit). */
public record CustomerForm(
        String name,
        String orgNumber,
        Long industryId,
        Segment segment,
        boolean keyAccount,
        Long ownerId,
        String notes) {}

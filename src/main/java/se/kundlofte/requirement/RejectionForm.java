package se.kundlofte.requirement;

/** Why a requirement is rejected, and whether the customer has been told. */
public record RejectionForm(String reason, boolean communicated) {}

package se.kundlofte.customer;

import java.util.Set;

/** What a user enters for a stakeholder. */
public record StakeholderForm(
        String name, String title, String email, String phone, Set<CustomerRole> roles, boolean primaryContact) {}

package se.kundlofte.customer;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a user enters for a stakeholder. */
public record StakeholderForm(
        String name,
        @Nullable String title,
        @Nullable String email,
        @Nullable String phone,
        Set<CustomerRole> roles,
        boolean primaryContact) {}

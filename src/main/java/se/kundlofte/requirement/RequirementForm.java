package se.kundlofte.requirement;

import java.time.LocalDate;
import java.util.Set;
import se.kundlofte.customer.CustomerRole;

/** The details of a requirement: what, for whom, where it comes from, who owns it. */
public record RequirementForm(
        String title,
        String description,
        Long customerId,
        Long industryId,
        Source source,
        String sourceReference,
        boolean formal,
        String journeyStage,
        Set<CustomerRole> affectedRoles,
        Long ownerId,
        LocalDate dueDate) {}

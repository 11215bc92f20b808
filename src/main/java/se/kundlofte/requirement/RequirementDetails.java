package se.kundlofte.requirement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import se.kundlofte.customer.CustomerRole;

/** Everything the requirement page shows, with the version for edits. */
public record RequirementDetails(
        long id,
        long version,
        String title,
        String description,
        Long customerId,
        String customerName,
        Long industryId,
        Source source,
        String sourceReference,
        boolean formal,
        String journeyStage,
        Set<CustomerRole> affectedRoles,
        Long ownerId,
        String ownerName,
        LocalDate dueDate,
        Stage stage,
        Instant stageEnteredAt,
        boolean critical,
        Answer applies,
        String appliesWhy,
        Answer realistic,
        String realisticWhy,
        String constraintsNote,
        Effort effort,
        Integer customerValue,
        Integer risk,
        String indicator,
        String target,
        LocalDate nextReview,
        String rejectionReason,
        boolean rejectionCommunicated,
        Instant createdAt) {

    public Integer score() {
        return Priority.score(customerValue, risk, effort);
    }

    public Priority priority() {
        return Priority.of(critical, score());
    }

    public RequirementForm toForm() {
        return new RequirementForm(
                title,
                description,
                customerId,
                industryId,
                source,
                sourceReference,
                formal,
                journeyStage,
                affectedRoles,
                ownerId,
                dueDate);
    }
}

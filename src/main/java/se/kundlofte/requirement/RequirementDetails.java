package se.kundlofte.requirement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.kundlofte.customer.CustomerRole;

/** Everything the requirement page shows, with the version for edits. */
public record RequirementDetails(
        long id,
        long version,
        String title,
        @Nullable String description,
        @Nullable Long customerId,
        @Nullable String customerName,
        @Nullable Long industryId,
        Source source,
        @Nullable String sourceReference,
        boolean formal,
        @Nullable String journeyStage,
        Set<CustomerRole> affectedRoles,
        @Nullable Long ownerId,
        @Nullable String ownerName,
        @Nullable LocalDate dueDate,
        Stage stage,
        Instant stageEnteredAt,
        boolean critical,
        @Nullable Answer applies,
        @Nullable String appliesWhy,
        @Nullable Answer realistic,
        @Nullable String realisticWhy,
        @Nullable String constraintsNote,
        @Nullable Effort effort,
        @Nullable Integer customerValue,
        @Nullable Integer risk,
        @Nullable String indicator,
        @Nullable String target,
        @Nullable LocalDate nextReview,
        @Nullable String rejectionReason,
        boolean rejectionCommunicated,
        Instant createdAt,
        @Nullable Long journeyStageId) {

    public Integer score() {
        return Priority.score(customerValue, risk, effort);
    }

    public Priority priority() {
        return Priority.of(critical, score());
    }

    public RequirementForm toForm() {
        return RequirementForm.of(title, source)
                .withDescription(description)
                .withCustomer(customerId)
                .withIndustry(industryId)
                .withSourceReference(sourceReference)
                .withFormal(formal)
                .withJourneyStage(journeyStage)
                .withAffectedRoles(affectedRoles)
                .withOwner(ownerId)
                .withDueDate(dueDate)
                .withJourneyStageId(journeyStageId);
    }
}

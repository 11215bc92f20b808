package se.kundlofte.requirement;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.kundlofte.customer.CustomerRole;

/**
 * The details of a requirement: what, for whom, where it comes from, who owns it. Build it with
 * {@link #of} and the {@code with…} methods; a form straight from the fields may hold nulls and
 * blanks, which the service's validation reports.
 */
public record RequirementForm(
        String title,
        @Nullable String description,
        @Nullable Long customerId,
        @Nullable Long industryId,
        @Nullable Source source,
        @Nullable String sourceReference,
        boolean formal,
        @Nullable String journeyStage,
        Set<CustomerRole> affectedRoles,
        @Nullable Long ownerId,
        @Nullable LocalDate dueDate,
        @Nullable Long journeyStageId) {

    /** A requirement with only what every requirement needs: a title and a source. */
    public static RequirementForm of(String title, @Nullable Source source) {
        return new RequirementForm(title, null, null, null, source, null, false, null, Set.of(), null, null, null);
    }

    public RequirementForm withDescription(@Nullable String description) {
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
                dueDate,
                journeyStageId);
    }

    public RequirementForm withCustomer(@Nullable Long customerId) {
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
                dueDate,
                journeyStageId);
    }

    public RequirementForm withIndustry(@Nullable Long industryId) {
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
                dueDate,
                journeyStageId);
    }

    public RequirementForm withSourceReference(@Nullable String sourceReference) {
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
                dueDate,
                journeyStageId);
    }

    public RequirementForm withFormal(boolean formal) {
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
                dueDate,
                journeyStageId);
    }

    public RequirementForm withJourneyStage(@Nullable String journeyStage) {
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
                dueDate,
                journeyStageId);
    }

    public RequirementForm withAffectedRoles(Set<CustomerRole> affectedRoles) {
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
                dueDate,
                journeyStageId);
    }

    public RequirementForm withOwner(@Nullable Long ownerId) {
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
                dueDate,
                journeyStageId);
    }

    public RequirementForm withDueDate(@Nullable LocalDate dueDate) {
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
                dueDate,
                journeyStageId);
    }

    /**
     * The stage of a journey map the requirement belongs to; the service sets the phase
     * ({@code journeyStage}) from it.
     */
    public RequirementForm withJourneyStageId(@Nullable Long journeyStageId) {
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
                dueDate,
                journeyStageId);
    }
}

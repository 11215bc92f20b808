package se.kundlofte.demand;

import org.jspecify.annotations.Nullable;

/**
 * One customer contact as customer service logs it; a failure may name the promise it broke. Only the channel and the words are required:
 * start from {@link #of} and add the rest with the {@code with…} methods.
 */
public record DemandForm(
        @Nullable Long channelId,
        @Nullable Long customerId,
        String words,
        @Nullable DemandKind kind,
        @Nullable Long causeId,
        @Nullable String journeyStage,
        @Nullable Boolean resolvedFirstContact,
        @Nullable Long requirementId,
        @Nullable Long promiseId,
        @Nullable Long journeyStageId) {

    /** A contact with only what is required: the channel and the customer's words. */
    public static DemandForm of(@Nullable Long channelId, String words) {
        return new DemandForm(channelId, null, words, null, null, null, null, null, null, null);
    }

    public DemandForm withCustomer(@Nullable Long customerId) {
        return new DemandForm(
                channelId,
                customerId,
                words,
                kind,
                causeId,
                journeyStage,
                resolvedFirstContact,
                requirementId,
                promiseId,
                journeyStageId);
    }

    public DemandForm withKind(@Nullable DemandKind kind) {
        return new DemandForm(
                channelId,
                customerId,
                words,
                kind,
                causeId,
                journeyStage,
                resolvedFirstContact,
                requirementId,
                promiseId,
                journeyStageId);
    }

    public DemandForm withCause(@Nullable Long causeId) {
        return new DemandForm(
                channelId,
                customerId,
                words,
                kind,
                causeId,
                journeyStage,
                resolvedFirstContact,
                requirementId,
                promiseId,
                journeyStageId);
    }

    public DemandForm withJourneyStage(@Nullable String journeyStage) {
        return new DemandForm(
                channelId,
                customerId,
                words,
                kind,
                causeId,
                journeyStage,
                resolvedFirstContact,
                requirementId,
                promiseId,
                journeyStageId);
    }

    public DemandForm withResolvedFirstContact(@Nullable Boolean resolvedFirstContact) {
        return new DemandForm(
                channelId,
                customerId,
                words,
                kind,
                causeId,
                journeyStage,
                resolvedFirstContact,
                requirementId,
                promiseId,
                journeyStageId);
    }

    public DemandForm withRequirement(@Nullable Long requirementId) {
        return new DemandForm(
                channelId,
                customerId,
                words,
                kind,
                causeId,
                journeyStage,
                resolvedFirstContact,
                requirementId,
                promiseId,
                journeyStageId);
    }

    /** Tags a failure-demand contact "promise broken" with the promise it broke. */
    public DemandForm withPromise(@Nullable Long promiseId) {
        return new DemandForm(
                channelId,
                customerId,
                words,
                kind,
                causeId,
                journeyStage,
                resolvedFirstContact,
                requirementId,
                promiseId,
                journeyStageId);
    }

    /** The stage of a journey map the contact concerns; the service sets the phase from it. */
    public DemandForm withJourneyStageId(@Nullable Long journeyStageId) {
        return new DemandForm(
                channelId,
                customerId,
                words,
                kind,
                causeId,
                journeyStage,
                resolvedFirstContact,
                requirementId,
                promiseId,
                journeyStageId);
    }
}

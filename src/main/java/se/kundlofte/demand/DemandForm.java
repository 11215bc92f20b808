package se.kundlofte.demand;

/** One customer contact as customer service logs it. Only the channel and the words are required. */
public record DemandForm(
        Long channelId,
        Long customerId,
        String words,
        DemandKind kind,
        Long causeId,
        String journeyStage,
        Boolean resolvedFirstContact,
        Long requirementId) {}

package se.kundlofte.base;

/**
 * The phases of every customer journey, from the moment the need arises to after-sales (seed 003):
 * the eight default stages. Each journey's own stages belong to one phase, so that figures compare
 * across journeys; requirements, contacts and survey responses store the phase code (in their
 * {@code journey_stage} column) beside the journey stage they point at. Display names are
 * translated ({@code journeyStage.<NAME>}).
 */
public enum JourneyPhase {
    NEED_ARISES,
    SEARCH_EVALUATE,
    OFFER_NEGOTIATION,
    ORDER,
    DELIVERY_INSTALLATION,
    USE,
    SUPPORT_AFTER_SALES,
    RENEWAL_RECOMMENDATION;

    public String translationKey() {
        return "journeyStage." + name();
    }
}

package se.kundlofte.base;

/**
 * The default customer journey, from the moment the need arises to after-sales (seed 003). A
 * shared vocabulary: requirements and demand refer to a stage by this code until journey maps
 * exist. Display names are translated ({@code journeyStage.<NAME>}).
 */
public enum JourneyStage {
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

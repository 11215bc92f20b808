package se.kundlofte.demand.ui;

/**
 * The colours of demand, the same in every chart, legend and list: failure demand is the warm,
 * alarming one, value demand the calm one. The stylesheet's {@code --kl-failure} and
 * {@code --kl-value} carry the same colours for the lists.
 */
final class DemandColors {

    static final String FAILURE = "#d9480f";
    static final String VALUE = "#2f6fb3";
    /** The failure share line, a darker shade of failure. */
    static final String RATIO = "#8a1c0b";
    /** Running totals and other neutral lines. */
    static final String NEUTRAL = "#5c6670";

    private DemandColors() {}
}

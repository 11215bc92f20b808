package se.kundlofte.customer;

/** Customer segments; the display names are translated ({@code segment.<NAME>}). */
public enum Segment {
    ENTERPRISE,
    MID_SIZE,
    SMALL_BUSINESS,
    PUBLIC_SECTOR,
    NON_PROFIT;

    public String translationKey() {
        return "segment." + name();
    }
}

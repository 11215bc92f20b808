package se.kundlofte.customer;

/** Direct needs are the product itself; indirect ones are how it feels to get it. */
public enum NeedKind {
    DIRECT,
    INDIRECT;

    public String translationKey() {
        return "needKind." + name();
    }
}

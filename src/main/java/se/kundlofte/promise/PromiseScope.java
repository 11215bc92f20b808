package se.kundlofte.promise;

/** To whom a promise is made: everyone, a segment, an industry, or one customer. */
public enum PromiseScope {
    ALL,
    SEGMENT,
    INDUSTRY,
    CUSTOMER;

    public String translationKey() {
        return "promise.scope." + name();
    }
}

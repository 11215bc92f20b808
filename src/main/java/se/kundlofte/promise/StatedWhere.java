package se.kundlofte.promise;

/** Where a promise was stated. */
public enum StatedWhere {
    WEBSITE,
    AGREEMENT,
    OFFER,
    VERBAL;

    public String translationKey() {
        return "promise.stated." + name();
    }
}

package se.kundlofte.requirement;

/** Yes, partly or no — for "does it apply to us?" and "is it realistic?". */
public enum Answer {
    YES,
    PARTLY,
    NO;

    public String translationKey() {
        return "answer." + name();
    }
}

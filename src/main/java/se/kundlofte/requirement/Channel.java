package se.kundlofte.requirement;

/** How a requirement's outcome was communicated. */
public enum Channel {
    EMAIL,
    PHONE,
    MEETING,
    LETTER,
    WEBSITE,
    NEWSLETTER;

    public String translationKey() {
        return "channel." + name();
    }
}

package se.kundlofte.audit;

/** What a change in the audit log is about. */
public enum AuditSubject {
    REQUIREMENT,
    CUSTOMER,
    STAKEHOLDER,
    NEED,
    CONTACT,
    USER,
    INDUSTRY,
    CAUSE,
    CHANNEL,
    BOARD,
    SURVEY_RESPONSE,
    FOLLOW_UP,
    PROMISE,
    JOURNEY;

    public String translationKey() {
        return "audit.subject." + name();
    }
}

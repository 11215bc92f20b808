package se.kundlofte.customer;

/**
 * The parts a stakeholder plays at a customer (seed 000): a customer is never one person.
 * Display names are translated ({@code customerRole.<NAME>}).
 */
public enum CustomerRole {
    DECISION_MAKER,
    USER,
    PERFORMER,
    PAYER,
    ASSESSOR;

    public String translationKey() {
        return "customerRole." + name();
    }
}

package se.kundlofte.requirement;

/** Where a requirement comes from, with the icon the board shows for it. */
public enum Source {
    AGREEMENT("vaadin:file-text-o"),
    TERMS("vaadin:clipboard-text"),
    CUSTOMER_WEBSITE("vaadin:globe"),
    NEGOTIATION("vaadin:handshake"),
    INDUSTRY_AGREEMENT("vaadin:group"),
    STANDARD("vaadin:diploma"),
    LAW("vaadin:scale"),
    CUSTOMER_FEEDBACK("vaadin:comment-o"),
    FAILURE_DEMAND("vaadin:phone"),
    OBSERVATION("vaadin:eye");

    private final String icon;

    Source(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }

    public String translationKey() {
        return "source." + name();
    }
}

package se.kundlofte.customer;

import org.jspecify.annotations.Nullable;

/** A need as shown on the customer page. */
public record NeedItem(
        long id,
        long version,
        long customerId,
        String title,
        @Nullable String description,
        NeedKind kind) {

    static NeedItem of(Need n) {
        return new NeedItem(
                n.getId(), n.getVersion(), n.getCustomerId(), n.getTitle(), n.getDescription(), n.getKind());
    }

    public NeedForm toForm() {
        return new NeedForm(title, description, kind);
    }
}

package se.kundlofte.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.kundlofte.base.AbstractEntity;

/** A customer need (kundbehov), direct or indirect. */
@Entity
@Table(name = "need")
public class Need extends AbstractEntity {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(nullable = false)
    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedKind kind;

    protected Need() {}

    Need(long customerId, NeedForm form) {
        this.customerId = customerId;
        apply(form);
    }

    void apply(NeedForm form) {
        title = form.title().trim();
        description = form.description() == null || form.description().isBlank()
                ? null
                : form.description().trim();
        kind = form.kind();
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public NeedKind getKind() {
        return kind;
    }
}

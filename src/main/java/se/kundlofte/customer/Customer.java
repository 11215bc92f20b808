package se.kundlofte.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import se.kundlofte.base.AbstractEntity;

/** An organisation (or a segment) we serve. Archived, never deleted. */
@Entity
@Table(name = "customer")
public class Customer extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "org_number")
    private String orgNumber;

    @Column(name = "industry_id")
    private Long industryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Segment segment;

    @Column(name = "key_account", nullable = false)
    private boolean keyAccount;

    /** The owning sales person (a user id; the user feature owns users). */
    @Column(name = "owner_id")
    private Long ownerId;

    private String notes;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Customer() {}

    Customer(CustomerForm form, String normalizedOrgNumber) {
        apply(form, normalizedOrgNumber);
    }

    void apply(CustomerForm form, String normalizedOrgNumber) {
        name = form.name().trim();
        orgNumber = normalizedOrgNumber;
        industryId = form.industryId();
        segment = form.segment();
        keyAccount = form.keyAccount();
        ownerId = form.ownerId();
        notes = form.notes() == null || form.notes().isBlank()
                ? null
                : form.notes().trim();
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public String getName() {
        return name;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public Long getIndustryId() {
        return industryId;
    }

    public Segment getSegment() {
        return segment;
    }

    public boolean isKeyAccount() {
        return keyAccount;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isArchived() {
        return archived;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }
}

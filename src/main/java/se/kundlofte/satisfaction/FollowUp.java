package se.kundlofte.satisfaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.AbstractEntity;

/** Closing the loop on one unhappy response: open until someone records what was done. */
@Entity
@Table(name = "satisfaction_follow_up")
class FollowUp extends AbstractEntity {

    @Column(name = "response_id", nullable = false, updatable = false)
    long responseId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    long customerId;

    @Column(name = "owner_id")
    @Nullable
    Long ownerId;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    @Column(name = "closed_at")
    @Nullable
    Instant closedAt;

    @Column(name = "closed_by")
    @Nullable
    Long closedBy;

    @Column(name = "action_taken")
    @Nullable
    String actionTaken;

    @Column(name = "customer_contacted")
    @Nullable
    Boolean customerContacted;

    @Column(name = "requirement_id")
    @Nullable
    Long requirementId;

    protected FollowUp() {}

    FollowUp(long responseId, long customerId, @Nullable Long ownerId, Instant createdAt, LocalDate dueOn) {
        this.responseId = responseId;
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
        this.dueOn = dueOn;
    }

    boolean isClosed() {
        return closedAt != null;
    }

    void close(String actionTaken, boolean customerContacted, Instant at, @Nullable Long by) {
        this.actionTaken = actionTaken;
        this.customerContacted = customerContacted;
        this.closedAt = at;
        this.closedBy = by;
    }
}

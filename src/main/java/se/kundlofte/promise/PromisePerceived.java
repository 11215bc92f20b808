package se.kundlofte.promise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.kundlofte.base.AbstractEntity;

/** What a customer believed they were promised. */
@Entity
@Table(name = "promise_perceived")
class PromisePerceived extends AbstractEntity {

    @Column(name = "promise_id", nullable = false)
    Long promiseId;

    @Column(name = "customer_id", nullable = false)
    Long customerId;

    String stakeholder;

    @Column(nullable = false)
    String believed;

    @Column(name = "came_from")
    String cameFrom;

    @Column(name = "recorded_on", nullable = false)
    LocalDate recordedOn;

    @Column(name = "recorded_by")
    Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected PromisePerceived() {}

    PromisePerceived(long promiseId, PerceivedForm form, LocalDate today, Long recordedBy, Instant now) {
        this.promiseId = promiseId;
        this.customerId = form.customerId();
        this.stakeholder = Promise.blankToNull(form.stakeholder());
        this.believed = form.believed().strip();
        this.cameFrom = Promise.blankToNull(form.cameFrom());
        this.recordedOn = form.recordedOn() == null ? today : form.recordedOn();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }
}

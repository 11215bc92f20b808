package se.kundlofte.promise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import se.kundlofte.base.AbstractEntity;

/** We delivered more than promised to keep a customer satisfied. */
@Entity
@Table(name = "promise_beyond")
class PromiseBeyond extends AbstractEntity {

    @Column(name = "promise_id", nullable = false)
    Long promiseId;

    @Column(name = "customer_id", nullable = false)
    Long customerId;

    @Column(nullable = false)
    String what;

    @Column(name = "occurred_on", nullable = false)
    LocalDate occurredOn;

    @Column(name = "estimated_cost")
    BigDecimal estimatedCost;

    @Column(name = "approved_by")
    Long approvedBy;

    @Column(name = "recorded_by")
    Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected PromiseBeyond() {}

    PromiseBeyond(long promiseId, BeyondForm form, LocalDate today, Long recordedBy, Instant now) {
        this.promiseId = promiseId;
        this.customerId = form.customerId();
        this.what = form.what().strip();
        this.occurredOn = form.occurredOn() == null ? today : form.occurredOn();
        this.estimatedCost = form.estimatedCost();
        this.approvedBy = form.approvedBy();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }
}

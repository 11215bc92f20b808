package se.kundlofte.promise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.kundlofte.base.AbstractEntity;

/** A fulfilment check of a promise. */
@Entity
@Table(name = "promise_check")
class PromiseCheck extends AbstractEntity {

    @Column(name = "promise_id", nullable = false)
    Long promiseId;

    @Column(name = "checked_on", nullable = false)
    LocalDate checkedOn;

    @Column(name = "customer_id")
    Long customerId;

    @Column(nullable = false)
    boolean kept;

    @Column(name = "customer_kept")
    Boolean customerKept;

    @Column(nullable = false)
    String evidence;

    @Column(name = "recorded_by")
    Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected PromiseCheck() {}

    PromiseCheck(long promiseId, CheckForm form, Long recordedBy, Instant now) {
        this.promiseId = promiseId;
        this.checkedOn = form.checkedOn();
        this.customerId = form.customerId();
        this.kept = form.kept();
        this.customerKept = form.customerKept();
        this.evidence = form.evidence().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }
}

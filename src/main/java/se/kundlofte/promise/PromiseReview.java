package se.kundlofte.promise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import se.kundlofte.base.AbstractEntity;

/** The review a beyond-the-promise event opens: change the promise, clarify it, or leave it. */
@Entity
@Table(name = "promise_review")
class PromiseReview extends AbstractEntity {

    @Column(name = "promise_id", nullable = false)
    Long promiseId;

    @Column(name = "beyond_id", nullable = false)
    Long beyondId;

    @Column(name = "opened_at", nullable = false)
    Instant openedAt;

    @Enumerated(EnumType.STRING)
    ReviewDecision decision;

    String rationale;

    String communication;

    @Column(name = "new_version_no")
    Integer newVersionNo;

    @Column(name = "decided_by")
    Long decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    protected PromiseReview() {}

    PromiseReview(long promiseId, long beyondId, Instant now) {
        this.promiseId = promiseId;
        this.beyondId = beyondId;
        this.openedAt = now;
    }
}

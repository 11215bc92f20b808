package se.kundlofte.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.AbstractEntity;
import se.kundlofte.customer.Segment;

/** A customer journey map for one segment or offering; the standard journey has no name of its own. */
@Entity
@Table(name = "journey")
class Journey extends AbstractEntity {

    @Nullable
    String name;

    @Nullable
    String description;

    @Enumerated(EnumType.STRING)
    @Nullable
    Segment segment;

    @Column(nullable = false, updatable = false)
    boolean standard;

    @Column(name = "gap_failure_percent", nullable = false)
    int gapFailurePercent = JourneyForm.DEFAULT_GAP_PERCENT;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected Journey() {}

    Journey(Instant now) {
        createdAt = now;
        updatedAt = now;
    }

    /** Takes a validated form. */
    void apply(JourneyForm form, Instant now) {
        name = JourneyStage.blankToNull(form.name());
        description = JourneyStage.blankToNull(form.description());
        segment = form.segment();
        gapFailurePercent = form.gapFailurePercent();
        updatedAt = now;
    }
}

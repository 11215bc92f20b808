package se.kundlofte.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.AbstractEntity;

/** A note from being with a customer where it happens (seed 003), linked to a stage. */
@Entity
@Table(name = "journey_observation")
class JourneyObservation extends AbstractEntity {

    @Column(name = "journey_stage_id", nullable = false)
    Long stageId;

    @Column(name = "observed_on", nullable = false)
    LocalDate observedOn;

    @Column(name = "observer_id", nullable = false, updatable = false)
    Long observerId;

    @Column(name = "customer_id")
    @Nullable
    Long customerId;

    @Nullable
    String place;

    @Column(name = "what_happened", nullable = false)
    String whatHappened;

    @Nullable
    String insight;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected JourneyObservation() {}

    JourneyObservation(ObservationForm form, long observerId, Instant now) {
        this.stageId = form.stageId();
        this.observedOn = form.observedOn();
        this.observerId = observerId;
        this.customerId = form.customerId();
        this.place = JourneyStage.blankToNull(form.place());
        this.whatHappened = form.whatHappened().strip();
        this.insight = JourneyStage.blankToNull(form.insight());
        this.createdAt = now;
    }
}

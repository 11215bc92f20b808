package se.kundlofte.journey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.AbstractEntity;
import se.kundlofte.base.JourneyPhase;

/**
 * One stage of one journey: a column of the map. It belongs to a shared phase; a NULL name reads
 * as the phase's translated name. Its lanes are what the map shows in the stage's column.
 */
@Entity
@Table(name = "journey_stage")
class JourneyStage extends AbstractEntity {

    @Column(name = "journey_id", nullable = false, updatable = false)
    Long journeyId;

    @Column(nullable = false)
    int position;

    @Nullable
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    JourneyPhase phase;

    @Column(name = "customer_does")
    @Nullable
    String customerDoes;

    @Column(name = "customer_thinks")
    @Nullable
    String customerThinks;

    /** −2..+2 (TINYINT). */
    @Nullable
    Byte emotion;

    @Nullable
    String touchpoints;

    @Column(name = "owner_department")
    @Nullable
    String ownerDepartment;

    @Enumerated(EnumType.STRING)
    @Nullable
    Coverage coverage;

    @Column(name = "pain_points")
    @Nullable
    String painPoints;

    @Nullable
    String opportunities;

    @Column(name = "updated_at")
    @Nullable
    Instant updatedAt;

    @Column(name = "updated_by_name")
    @Nullable
    String updatedByName;

    protected JourneyStage() {}

    JourneyStage(long journeyId, int position, @Nullable String name, JourneyPhase phase) {
        this.journeyId = journeyId;
        this.position = position;
        this.name = name;
        this.phase = phase;
    }

    /** Takes validated lanes. */
    void apply(StageContent content) {
        customerDoes = blankToNull(content.customerDoes());
        customerThinks = blankToNull(content.customerThinks());
        emotion = content.emotion() == null ? null : content.emotion().byteValue();
        touchpoints = blankToNull(content.touchpoints());
        ownerDepartment = blankToNull(content.ownerDepartment());
        coverage = content.coverage();
        painPoints = blankToNull(content.painPoints());
        opportunities = blankToNull(content.opportunities());
    }

    void touched(Instant now, String by) {
        updatedAt = now;
        updatedByName = by;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package se.kundlofte.satisfaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.AbstractEntity;

/** One answer to a satisfaction survey. */
@Entity
@Table(name = "survey_response")
class SurveyResponse extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "survey_type", nullable = false)
    SurveyType type;

    @Column(nullable = false)
    int score;

    @Column(name = "answered_on", nullable = false)
    LocalDate answeredOn;

    @Column(name = "customer_id", nullable = false)
    long customerId;

    @Column(name = "stakeholder_id")
    @Nullable
    Long stakeholderId;

    @Column(name = "journey_stage")
    @Nullable
    String journeyStage;

    @Nullable
    String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "survey_channel")
    @Nullable
    SurveyChannel channel;

    @Column(name = "external_id")
    @Nullable
    String externalId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    Instant recordedAt;

    @Column(name = "recorded_by", updatable = false)
    @Nullable
    Long recordedBy;

    protected SurveyResponse() {}

    /** A validated form (see {@link SurveyResponseRules}). */
    SurveyResponse(SurveyResponseForm form, Instant recordedAt, @Nullable Long recordedBy) {
        this.type = java.util.Objects.requireNonNull(form.type());
        this.score = java.util.Objects.requireNonNull(form.score());
        this.answeredOn = java.util.Objects.requireNonNull(form.answeredOn());
        this.customerId = java.util.Objects.requireNonNull(form.customerId());
        this.stakeholderId = form.stakeholderId();
        this.journeyStage = form.journeyStage();
        this.comment = SurveyResponseRules.blankToNull(form.comment());
        this.channel = form.channel();
        this.externalId = SurveyResponseRules.blankToNull(form.externalId());
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}

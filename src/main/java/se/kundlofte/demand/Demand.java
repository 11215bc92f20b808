package se.kundlofte.demand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import se.kundlofte.base.AbstractEntity;

/** One customer contact, in the customer's own words. */
@Entity
@Table(name = "demand")
public class Demand extends AbstractEntity {

    @Column(name = "channel_id", nullable = false)
    Long channelId;

    @Column(name = "customer_id")
    Long customerId;

    @Column(name = "customer_words", nullable = false)
    String words;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DemandKind kind;

    @Column(name = "cause_id")
    Long causeId;

    @Column(name = "journey_stage")
    String journeyStage;

    /** The stage of a journey map; {@code journeyStage} holds its phase. */
    @Column(name = "journey_stage_id")
    Long journeyStageId;

    @Column(name = "resolved_first_contact")
    Boolean resolvedFirstContact;

    @Column(name = "requirement_id")
    Long requirementId;

    /** The promise a failure broke ("promise broken"); only failures carry one. */
    @Column(name = "promise_id")
    Long promiseId;

    @Column(name = "logged_at", nullable = false, updatable = false)
    Instant loggedAt;

    @Column(name = "logged_by", updatable = false)
    Long loggedBy;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected Demand() {}

    Demand(Instant loggedAt, Long loggedBy) {
        this.loggedAt = loggedAt;
        this.updatedAt = loggedAt;
        this.loggedBy = loggedBy;
    }

    void apply(DemandForm form) {
        channelId = form.channelId();
        customerId = form.customerId();
        words = form.words().trim();
        kind = form.kind() == null ? DemandKind.UNCLASSIFIED : form.kind();
        causeId = kind == DemandKind.FAILURE ? form.causeId() : null;
        journeyStage = form.journeyStage();
        journeyStageId = form.journeyStageId();
        resolvedFirstContact = form.resolvedFirstContact();
        requirementId = form.requirementId();
        promiseId = kind == DemandKind.FAILURE ? form.promiseId() : null;
        updatedAt = Instant.now();
    }
}

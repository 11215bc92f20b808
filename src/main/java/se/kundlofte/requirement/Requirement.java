package se.kundlofte.requirement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import se.kundlofte.base.AbstractEntity;
import se.kundlofte.customer.CustomerRole;

/** Something a customer, an industry or the law requires of us, on its way through the lifecycle. */
@Entity
@Table(name = "requirement")
public class Requirement extends AbstractEntity {

    @Column(nullable = false)
    String title;

    String description;

    @Column(name = "customer_id")
    Long customerId;

    @Column(name = "industry_id")
    Long industryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Source source;

    @Column(name = "source_reference")
    String sourceReference;

    boolean formal;

    @Column(name = "journey_stage")
    String journeyStage;

    /** The stage of a journey map; {@code journeyStage} holds its phase. */
    @Column(name = "journey_stage_id")
    Long journeyStageId;

    @Column(name = "owner_id")
    Long ownerId;

    @Column(name = "due_date")
    LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Stage stage = Stage.IDENTIFIED;

    @Column(name = "stage_entered_at", nullable = false)
    Instant stageEnteredAt;

    @Column(name = "board_rank", nullable = false)
    long boardRank;

    boolean critical;

    @Enumerated(EnumType.STRING)
    Answer applies;

    @Column(name = "applies_why")
    String appliesWhy;

    @Enumerated(EnumType.STRING)
    Answer realistic;

    @Column(name = "realistic_why")
    String realisticWhy;

    @Column(name = "constraints_note")
    String constraintsNote;

    @Enumerated(EnumType.STRING)
    Effort effort;

    @Column(name = "customer_value")
    Integer customerValue;

    Integer risk;

    String indicator;
    String target;

    @Column(name = "next_review")
    LocalDate nextReview;

    @Column(name = "rejection_reason")
    String rejectionReason;

    @Column(name = "rejection_communicated")
    boolean rejectionCommunicated;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "created_by", updatable = false)
    Long createdBy;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "requirement_affected_role", joinColumns = @JoinColumn(name = "requirement_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    Set<CustomerRole> affectedRoles = new HashSet<>();

    protected Requirement() {}

    Requirement(Instant now, Long createdBy, long boardRank) {
        this.createdAt = now;
        this.updatedAt = now;
        this.stageEnteredAt = now;
        this.createdBy = createdBy;
        this.boardRank = boardRank;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Stage getStage() {
        return stage;
    }

    public Set<CustomerRole> getAffectedRoles() {
        return affectedRoles.isEmpty() ? Set.of() : EnumSet.copyOf(affectedRoles);
    }

    void setAffectedRoles(Set<CustomerRole> roles) {
        affectedRoles.clear();
        affectedRoles.addAll(roles);
    }
}

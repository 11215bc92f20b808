package se.kundlofte.requirement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import se.kundlofte.base.AbstractEntity;

/** What was told to whom about a requirement, when and how. */
@Entity
@Table(name = "requirement_communication")
public class RequirementCommunication extends AbstractEntity {

    @Column(name = "requirement_id", nullable = false, updatable = false)
    Long requirementId;

    @Column(nullable = false)
    String recipients;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Channel channel;

    @Column(name = "communicated_on", nullable = false)
    LocalDate communicatedOn;

    @Column(nullable = false)
    String summary;

    @Column(name = "recorded_by")
    Long recordedBy;

    protected RequirementCommunication() {}

    RequirementCommunication(long requirementId) {
        this.requirementId = requirementId;
    }
}

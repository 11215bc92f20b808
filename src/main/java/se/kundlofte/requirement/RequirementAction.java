package se.kundlofte.requirement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.kundlofte.base.AbstractEntity;

/** An action developed and carried out to meet a requirement. */
@Entity
@Table(name = "requirement_action")
public class RequirementAction extends AbstractEntity {

    @Column(name = "requirement_id", nullable = false, updatable = false)
    Long requirementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ActionType type;

    @Column(nullable = false)
    String description;

    @Column(name = "owner_id")
    Long ownerId;

    @Column(name = "due_date")
    LocalDate dueDate;

    boolean done;

    @Column(name = "done_at")
    Instant doneAt;

    protected RequirementAction() {}

    RequirementAction(long requirementId) {
        this.requirementId = requirementId;
    }
}

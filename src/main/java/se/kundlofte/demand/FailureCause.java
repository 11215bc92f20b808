package se.kundlofte.demand;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Why a contact was failure demand (seed list after Seddon, extended by administrators). */
@Entity
@Table(name = "failure_cause")
class FailureCause extends DemandReference {

    protected FailureCause() {}

    FailureCause(String code, String nameSv, String nameEn, int sortOrder) {
        super(code, nameSv, nameEn, sortOrder);
    }
}

package se.kundlofte.demand;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import se.kundlofte.base.reference.ReferenceEntity;

/** A failure cause or contact channel: a reference entry with a code and a place in the list. */
@MappedSuperclass
abstract class DemandReference extends ReferenceEntity {

    @Column(nullable = false)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected DemandReference() {}

    protected DemandReference(String code, String nameSv, String nameEn, int sortOrder) {
        super(nameSv, nameEn);
        this.code = code;
        this.sortOrder = sortOrder;
    }

    @Override
    public String getCode() {
        return code;
    }

    int getSortOrder() {
        return sortOrder;
    }
}

package se.kundlofte.base.reference;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import se.kundlofte.base.AbstractEntity;

/**
 * An entry of a reference list maintained by administrators (industries, failure causes, contact
 * channels...): named in Swedish and English, and deactivated rather than deleted, so that the
 * records that use it keep it.
 */
@MappedSuperclass
public abstract class ReferenceEntity extends AbstractEntity {

    @Column(name = "name_sv", nullable = false)
    private String nameSv;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private boolean active = true;

    protected ReferenceEntity() {}

    protected ReferenceEntity(String nameSv, String nameEn) {
        this.nameSv = nameSv;
        this.nameEn = nameEn;
    }

    public String getNameSv() {
        return nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isActive() {
        return active;
    }

    /** A stable code for lists that the code refers to (e.g. demo data); null when the list has none. */
    public String getCode() {
        return null;
    }

    void rename(String nameSv, String nameEn) {
        this.nameSv = nameSv;
        this.nameEn = nameEn;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public ReferenceItem toItem() {
        return new ReferenceItem(getId(), getVersion(), getCode(), nameSv, nameEn, active);
    }
}

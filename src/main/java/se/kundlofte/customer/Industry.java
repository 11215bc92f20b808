package se.kundlofte.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.kundlofte.base.AbstractEntity;

/** An industry (bransch), reference data maintained by administrators, named in both languages. */
@Entity
@Table(name = "industry")
public class Industry extends AbstractEntity {

    @Column(name = "name_sv", nullable = false)
    private String nameSv;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private boolean active = true;

    protected Industry() {}

    Industry(String nameSv, String nameEn) {
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

    void rename(String nameSv, String nameEn) {
        this.nameSv = nameSv;
        this.nameEn = nameEn;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}

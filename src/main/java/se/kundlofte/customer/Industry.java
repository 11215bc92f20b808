package se.kundlofte.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.kundlofte.base.reference.ReferenceEntity;

/** An industry (bransch), reference data maintained by administrators, named in both languages. */
@Entity
@Table(name = "industry")
public class Industry extends ReferenceEntity {

    protected Industry() {}

    Industry(String nameSv, String nameEn) {
        super(nameSv, nameEn);
    }
}

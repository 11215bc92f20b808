package se.kundlofte.demand;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** How the customer got in touch (phone, email, ...). */
@Entity
@Table(name = "contact_channel")
class ContactChannel extends DemandReference {

    protected ContactChannel() {}

    ContactChannel(String code, String nameSv, String nameEn, int sortOrder) {
        super(code, nameSv, nameEn, sortOrder);
    }
}

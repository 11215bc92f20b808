package se.kundlofte.base.reference;

import java.util.List;

/**
 * What the administration of one reference list needs from its service. The feature's service
 * implements it (or a view adapts a service to it), so security stays on the service methods.
 */
public interface ReferenceListService {

    /** All entries in the list's order; inactive ones too when asked (for administration). */
    List<ReferenceItem> list(boolean includeInactive);

    ReferenceItem create(String nameSv, String nameEn);

    ReferenceItem update(long id, long version, String nameSv, String nameEn, boolean active);
}

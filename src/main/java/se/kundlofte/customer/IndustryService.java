package se.kundlofte.customer;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.AuditTrail;
import se.kundlofte.base.reference.ReferenceItem;
import se.kundlofte.base.reference.ReferenceList;
import se.kundlofte.base.reference.ReferenceListService;
import se.kundlofte.security.Permission.Require;

/** The industry reference list: everyone reads it, administrators maintain it. */
@Service
@PreAuthorize(Require.CUSTOMER_READ)
@Transactional(readOnly = true)
public class IndustryService implements ReferenceListService {

    static final int NAME_MAX = 80;

    private final ReferenceList<Industry> industries;

    IndustryService(IndustryRepository industries, AuditTrail audit) {
        this.industries = new ReferenceList<>(
                industries,
                audit.references(AuditSubject.INDUSTRY),
                new ReferenceList.Settings<>(
                        NAME_MAX, Sort.by("nameSv"), "industry.error.taken", "industry.error.notFound", Industry::new));
    }

    /** All industries by Swedish name; inactive ones too when asked (for administration). */
    @Override
    public List<ReferenceItem> list(boolean includeInactive) {
        return industries.list(includeInactive);
    }

    @Override
    @Transactional
    @PreAuthorize(Require.INDUSTRY_ADMIN)
    public ReferenceItem create(String nameSv, String nameEn) {
        return industries.create(nameSv, nameEn);
    }

    /** Renames or (de)activates; an inactive industry stays on the customers that have it. */
    @Override
    @Transactional
    @PreAuthorize(Require.INDUSTRY_ADMIN)
    public ReferenceItem update(long id, long version, String nameSv, String nameEn, boolean active) {
        return industries.update(id, version, nameSv, nameEn, active);
    }
}

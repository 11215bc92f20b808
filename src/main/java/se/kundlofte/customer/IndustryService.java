package se.kundlofte.customer;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.security.Permission.Require;

/** The industry reference list: everyone reads it, administrators maintain it. */
@Service
@PreAuthorize(Require.CUSTOMER_READ)
@Transactional(readOnly = true)
public class IndustryService {

    static final int NAME_MAX = 80;

    private final IndustryRepository industries;
    private final CustomerAudit audit;

    IndustryService(IndustryRepository industries, CustomerAudit audit) {
        this.industries = industries;
        this.audit = audit;
    }

    /** All industries by Swedish name; inactive ones too when asked (for administration). */
    public List<IndustryItem> list(boolean includeInactive) {
        return industries.findAllByOrderByNameSvAsc().stream()
                .filter(industry -> includeInactive || industry.isActive())
                .map(IndustryItem::of)
                .toList();
    }

    @Transactional
    @PreAuthorize(Require.INDUSTRY_ADMIN)
    public IndustryItem create(String nameSv, String nameEn) {
        validate(nameSv, nameEn, -1);
        Industry industry = industries.saveAndFlush(new Industry(nameSv.trim(), nameEn.trim()));
        audit.industryCreated(industry);
        return IndustryItem.of(industry);
    }

    /** Renames or (de)activates; an inactive industry stays on the customers that have it. */
    @Transactional
    @PreAuthorize(Require.INDUSTRY_ADMIN)
    public IndustryItem update(long id, long version, String nameSv, String nameEn, boolean active) {
        Industry industry =
                industries.findById(id).orElseThrow(() -> new RuleViolationException("industry.error.notFound"));
        industry.checkVersion(version);
        validate(nameSv, nameEn, id);
        var before = audit.values(industry);
        industry.rename(nameSv.trim(), nameEn.trim());
        industry.setActive(active);
        industries.flush();
        audit.industryChanged(industry, before);
        return IndustryItem.of(industry);
    }

    private void validate(String nameSv, String nameEn, long id) {
        List<FieldError> errors = new ArrayList<>();
        CustomerRules.required(nameSv, NAME_MAX).ifPresent(key -> errors.add(new FieldError("nameSv", key, NAME_MAX)));
        CustomerRules.required(nameEn, NAME_MAX).ifPresent(key -> errors.add(new FieldError("nameEn", key, NAME_MAX)));
        if (errors.isEmpty() && industries.existsByNameSvAndIdNot(nameSv.trim(), id)) {
            errors.add(new FieldError("nameSv", "industry.error.taken"));
        }
        if (errors.isEmpty() && industries.existsByNameEnAndIdNot(nameEn.trim(), id)) {
            errors.add(new FieldError("nameEn", "industry.error.taken"));
        }
        FieldValidationException.throwIfAny(errors);
    }
}

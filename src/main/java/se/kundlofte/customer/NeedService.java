package se.kundlofte.customer;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.security.Permission.Require;

/** A customer's needs, direct and indirect. */
@Service
@PreAuthorize(Require.CUSTOMER_READ)
@Transactional(readOnly = true)
public class NeedService {

    private final NeedRepository needs;
    private final CustomerRepository customers;
    private final CustomerAudit audit;

    NeedService(NeedRepository needs, CustomerRepository customers, CustomerAudit audit) {
        this.needs = needs;
        this.customers = customers;
        this.audit = audit;
    }

    public List<NeedItem> forCustomer(long customerId) {
        return needs.findByCustomerIdOrderByKindAscTitleAsc(customerId).stream()
                .map(NeedItem::of)
                .toList();
    }

    @Transactional
    @PreAuthorize(Require.CUSTOMER_EDIT)
    public NeedItem create(long customerId, NeedForm form) {
        FieldValidationException.throwIfAny(CustomerRules.check(form));
        if (!customers.existsById(customerId)) {
            throw new RuleViolationException("customer.error.notFound");
        }
        Need need = needs.saveAndFlush(new Need(customerId, form));
        audit.created(need);
        return NeedItem.of(need);
    }

    @Transactional
    @PreAuthorize(Require.CUSTOMER_EDIT)
    public NeedItem update(long id, long version, NeedForm form) {
        FieldValidationException.throwIfAny(CustomerRules.check(form));
        Need need = load(id);
        need.checkVersion(version);
        var before = audit.values(need);
        need.apply(form);
        needs.flush();
        audit.changed(need, before);
        return NeedItem.of(need);
    }

    @Transactional
    @PreAuthorize(Require.CUSTOMER_EDIT)
    public void delete(long id, long version) {
        Need need = load(id);
        need.checkVersion(version);
        audit.removed(need);
        needs.delete(need);
        needs.flush();
    }

    private Need load(long id) {
        return needs.findById(id).orElseThrow(() -> new RuleViolationException("need.error.notFound"));
    }
}

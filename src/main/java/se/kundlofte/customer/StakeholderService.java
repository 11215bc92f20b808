package se.kundlofte.customer;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission.Require;

/** The people at a customer and the customer roles they play. */
@Service
@PreAuthorize(Require.CUSTOMER_READ)
@Transactional(readOnly = true)
public class StakeholderService {

    private static final Logger log = LoggerFactory.getLogger(StakeholderService.class);

    private final StakeholderRepository stakeholders;
    private final CustomerRepository customers;
    private final CustomerAudit audit;

    StakeholderService(StakeholderRepository stakeholders, CustomerRepository customers, CustomerAudit audit) {
        this.stakeholders = stakeholders;
        this.customers = customers;
        this.audit = audit;
    }

    public List<StakeholderItem> forCustomer(long customerId) {
        return stakeholders.findByCustomerIdOrderByNameAsc(customerId).stream()
                .map(StakeholderItem::of)
                .toList();
    }

    @Transactional
    @PreAuthorize(Require.CUSTOMER_EDIT)
    public StakeholderItem create(long customerId, StakeholderForm form) {
        FieldValidationException.throwIfAny(CustomerRules.check(form));
        if (!customers.existsById(customerId)) {
            throw new RuleViolationException("customer.error.notFound");
        }
        Stakeholder stakeholder = stakeholders.saveAndFlush(new Stakeholder(customerId, form));
        keepOnePrimaryContact(stakeholder);
        audit.created(stakeholder);
        log.info("Stakeholder {} added to customer {} by {}", stakeholder.getId(), customerId, actor());
        return StakeholderItem.of(stakeholder);
    }

    @Transactional
    @PreAuthorize(Require.CUSTOMER_EDIT)
    public StakeholderItem update(long id, long version, StakeholderForm form) {
        FieldValidationException.throwIfAny(CustomerRules.check(form));
        Stakeholder stakeholder = load(id);
        stakeholder.checkVersion(version);
        var before = audit.values(stakeholder);
        stakeholder.apply(form);
        stakeholders.flush();
        keepOnePrimaryContact(stakeholder);
        audit.changed(stakeholder, before);
        log.info("Stakeholder {} updated by {}", id, actor());
        return StakeholderItem.of(stakeholder);
    }

    @Transactional
    @PreAuthorize(Require.CUSTOMER_EDIT)
    public void delete(long id, long version) {
        Stakeholder stakeholder = load(id);
        stakeholder.checkVersion(version);
        audit.removed(stakeholder);
        stakeholders.delete(stakeholder);
        stakeholders.flush();
        log.info("Stakeholder {} removed from customer {} by {}", id, stakeholder.getCustomerId(), actor());
    }

    private void keepOnePrimaryContact(Stakeholder stakeholder) {
        if (stakeholder.isPrimaryContact()) {
            stakeholders.clearOtherPrimaryContacts(stakeholder.getCustomerId(), stakeholder.getId());
        }
    }

    private Stakeholder load(long id) {
        return stakeholders.findById(id).orElseThrow(() -> new RuleViolationException("stakeholder.error.notFound"));
    }

    private static String actor() {
        return CurrentUser.get().map(u -> u.getUsername()).orElse("system");
    }
}

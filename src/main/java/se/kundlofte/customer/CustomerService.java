package se.kundlofte.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.db.Like;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;
import se.kundlofte.security.Permission.Require;
import se.kundlofte.user.UserDirectory;

/**
 * The customer register: search a page at a time, create, edit, archive. Everyone with a role
 * reads; sales and administrators change.
 */
@Service
@PreAuthorize(Require.CUSTOMER_READ)
@Transactional(readOnly = true)
public class CustomerService {

    private static final Logger log = LoggerFactory.getLogger(CustomerService.class);
    private static final Set<String> SORTABLE = Set.of("name", "orgNumber", "segment", "keyAccount");

    private final CustomerRepository customers;
    private final IndustryRepository industries;
    private final UserDirectory userDirectory;
    private final CustomerAudit audit;

    CustomerService(
            CustomerRepository customers,
            IndustryRepository industries,
            UserDirectory userDirectory,
            CustomerAudit audit) {
        this.customers = customers;
        this.industries = industries;
        this.userDirectory = userDirectory;
        this.audit = audit;
    }

    /** One page of customers matching the filter; never more than 200 rows. */
    public List<CustomerListItem> list(CustomerFilter filter, Pageable pageable) {
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : filter.text().trim();
        // Digits search the org number from its start (index); other text searches names.
        String orgPrefix = text == null ? null : orgNumberPrefix(text);
        String namePattern = text == null || orgPrefix != null ? null : Like.contains(text);
        return customers
                .search(
                        namePattern,
                        orgPrefix == null ? null : Like.escape(orgPrefix) + "%",
                        filter.industryId(),
                        filter.segment(),
                        filter.keyAccountsOnly(),
                        filter.ownerId(),
                        filter.includeArchived(),
                        safe(pageable))
                .getContent();
    }

    /** The customer, or a rule violation when it does not exist. */
    public CustomerDetails get(long id) {
        return customers.findDetails(id).orElseThrow(() -> new RuleViolationException("customer.error.notFound"));
    }

    @Transactional
    @PreAuthorize(Require.CUSTOMER_EDIT)
    public CustomerDetails create(CustomerForm form) {
        String orgNumber = validate(form, null);
        Customer customer = customers.saveAndFlush(new Customer(form, orgNumber));
        audit.created(customer);
        log.info("Customer {} '{}' created by {}", customer.getId(), customer.getName(), actor());
        return get(customer.getId());
    }

    @Transactional
    @PreAuthorize(Require.CUSTOMER_EDIT)
    public CustomerDetails update(long id, long version, CustomerForm form) {
        Customer customer = load(id);
        customer.checkVersion(version);
        String orgNumber = validate(form, id);
        var before = audit.values(customer);
        customer.apply(form, orgNumber);
        customers.flush();
        audit.changed(customer, before);
        log.info("Customer {} updated by {}", id, actor());
        return get(id);
    }

    /** Archived customers leave the register's default view; nothing is deleted. */
    @Transactional
    @PreAuthorize(Require.CUSTOMER_EDIT)
    public CustomerDetails setArchived(long id, long version, boolean archived) {
        Customer customer = load(id);
        customer.checkVersion(version);
        var before = audit.values(customer);
        customer.setArchived(archived);
        customers.flush();
        audit.changed(customer, before);
        log.info("Customer {} {} by {}", id, archived ? "archived" : "restored", actor());
        return get(id);
    }

    /** Checks the form against the rules and the database; returns the normalized org number. */
    String validate(CustomerForm form, @Nullable Long id) {
        List<FieldError> errors = new ArrayList<>(CustomerRules.check(form));
        String orgNumber = OrgNumber.normalize(form.orgNumber()).orElse(null);
        if (orgNumber != null
                && (id == null
                        ? customers.existsByOrgNumber(orgNumber)
                        : customers.existsByOrgNumberAndIdNot(orgNumber, id))) {
            errors.add(new FieldError("orgNumber", "customer.error.orgNumberTaken"));
        }
        if (form.industryId() != null && industries.findById(form.industryId()).isEmpty()) {
            errors.add(new FieldError("industry", "validation.choose"));
        }
        if (form.ownerId() != null && !userDirectory.isActiveWithPermission(form.ownerId(), Permission.CUSTOMER_OWN)) {
            errors.add(new FieldError("owner", "customer.error.ownerNotSales"));
        }
        FieldValidationException.throwIfAny(errors);
        return orgNumber;
    }

    private Customer load(long id) {
        return customers.findById(id).orElseThrow(() -> new RuleViolationException("customer.error.notFound"));
    }

    /**
     * When the search text is the start of an org number (digits, at least four, with or without
     * the dash), its prefix in the stored NNNNNN-NNNN form; else null.
     */
    static @Nullable String orgNumberPrefix(@Nullable String text) {
        String digits = text.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{4,12}")) {
            return null;
        }
        if (digits.length() > 10) {
            digits = digits.substring(digits.length() - 10);
        }
        return digits.length() > 6 ? digits.substring(0, 6) + "-" + digits.substring(6) : digits;
    }

    static Pageable safe(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream()
                .filter(order -> SORTABLE.contains(order.getProperty()))
                .toList());
        if (sort.isUnsorted()) {
            sort = Sort.by("name");
        }
        // The tie-breaker follows the first order's direction, so that one index serves both.
        Sort.Direction direction = sort.iterator().next().getDirection();
        return PageRequest.of(
                pageable.getPageNumber(), Math.min(pageable.getPageSize(), 200), sort.and(Sort.by(direction, "id")));
    }

    private static String actor() {
        return CurrentUser.get().map(u -> u.getUsername()).orElse("system");
    }
}

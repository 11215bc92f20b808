package se.kundlofte.customer;

import java.util.Map;
import org.springframework.stereotype.Component;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.AuditTrail;
import se.kundlofte.audit.AuditValue;
import se.kundlofte.user.UserDirectory;

/** What the audit log keeps of customers, stakeholders and needs: their fields as the forms name them. */
@Component
class CustomerAudit {

    private final AuditTrail trail;
    private final IndustryRepository industries;
    private final CustomerRepository customers;
    private final UserDirectory userDirectory;

    CustomerAudit(
            AuditTrail trail,
            IndustryRepository industries,
            CustomerRepository customers,
            UserDirectory userDirectory) {
        this.trail = trail;
        this.industries = industries;
        this.customers = customers;
        this.userDirectory = userDirectory;
    }

    Map<String, AuditValue> values(Customer customer) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("customer.field.name", AuditValue.text(customer.getName()));
        values.put("customer.field.orgNumber", AuditValue.text(customer.getOrgNumber()));
        values.put("customer.field.industry", AuditValue.ref(customer.getIndustryId(), this::industryName));
        values.put(
                "customer.field.segment", AuditValue.code(customer.getSegment().translationKey()));
        values.put("customer.field.keyAccount", AuditValue.flag(customer.isKeyAccount()));
        values.put("customer.field.owner", AuditValue.ref(customer.getOwnerId(), id -> userDirectory
                .name(id)
                .orElse(null)));
        values.put("customer.field.notes", AuditValue.text(customer.getNotes()));
        values.put("audit.field.archived", AuditValue.flag(customer.isArchived()));
        return values;
    }

    Map<String, AuditValue> values(Stakeholder stakeholder) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("stakeholder.field.name", AuditValue.text(stakeholder.getName()));
        values.put("stakeholder.field.title", AuditValue.text(stakeholder.getTitle()));
        values.put("stakeholder.field.email", AuditValue.text(stakeholder.getEmail()));
        values.put("stakeholder.field.phone", AuditValue.text(stakeholder.getPhone()));
        values.put(
                "stakeholder.field.roles",
                AuditValue.codes(stakeholder.getRoles().stream().map(CustomerRole::translationKey)));
        values.put("stakeholder.field.primaryContact", AuditValue.flag(stakeholder.isPrimaryContact()));
        return values;
    }

    Map<String, AuditValue> values(Need need) {
        Map<String, AuditValue> values = AuditTrail.values();
        values.put("need.field.title", AuditValue.text(need.getTitle()));
        values.put("need.field.kind", AuditValue.code(need.getKind().translationKey()));
        values.put("need.field.description", AuditValue.text(need.getDescription()));
        return values;
    }

    void created(Customer customer) {
        trail.created(AuditSubject.CUSTOMER, customer.getId(), customer.getName(), values(customer));
    }

    void changed(Customer customer, Map<String, AuditValue> before) {
        trail.changed(AuditSubject.CUSTOMER, customer.getId(), customer.getName(), before, values(customer));
    }

    void created(Stakeholder stakeholder) {
        trail.created(AuditSubject.STAKEHOLDER, stakeholder.getId(), label(stakeholder), values(stakeholder));
    }

    void changed(Stakeholder stakeholder, Map<String, AuditValue> before) {
        trail.changed(AuditSubject.STAKEHOLDER, stakeholder.getId(), label(stakeholder), before, values(stakeholder));
    }

    void removed(Stakeholder stakeholder) {
        trail.removed(AuditSubject.STAKEHOLDER, stakeholder.getId(), label(stakeholder));
    }

    void created(Need need) {
        trail.created(AuditSubject.NEED, need.getId(), label(need), values(need));
    }

    void changed(Need need, Map<String, AuditValue> before) {
        trail.changed(AuditSubject.NEED, need.getId(), label(need), before, values(need));
    }

    void removed(Need need) {
        trail.removed(AuditSubject.NEED, need.getId(), label(need));
    }

    /** "Anna Svensson · Acme AB": whose stakeholder or need it is. */
    private String label(Stakeholder stakeholder) {
        return stakeholder.getName() + " · " + customerName(stakeholder.getCustomerId());
    }

    private String label(Need need) {
        return need.getTitle() + " · " + customerName(need.getCustomerId());
    }

    private String industryName(long industryId) {
        return industries.findById(industryId).map(Industry::getNameSv).orElse(null);
    }

    private String customerName(long customerId) {
        return customers.findById(customerId).map(Customer::getName).orElse("#" + customerId);
    }
}

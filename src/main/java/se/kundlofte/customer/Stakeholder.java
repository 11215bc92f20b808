package se.kundlofte.customer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.kundlofte.base.AbstractEntity;

/** A person at a customer, with the customer roles they play. */
@Entity
@Table(name = "stakeholder")
public class Stakeholder extends AbstractEntity {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(nullable = false)
    private String name;

    private String title;
    private String email;
    private String phone;

    @Column(name = "primary_contact", nullable = false)
    private boolean primaryContact;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "stakeholder_role", joinColumns = @JoinColumn(name = "stakeholder_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<CustomerRole> roles = new HashSet<>();

    protected Stakeholder() {}

    Stakeholder(long customerId, StakeholderForm form) {
        this.customerId = customerId;
        apply(form);
    }

    void apply(StakeholderForm form) {
        name = form.name().trim();
        title = blankToNull(form.title());
        email = blankToNull(form.email());
        phone = blankToNull(form.phone());
        primaryContact = form.primaryContact();
        roles.clear();
        roles.addAll(form.roles());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    void setPrimaryContact(boolean primaryContact) {
        this.primaryContact = primaryContact;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isPrimaryContact() {
        return primaryContact;
    }

    public Set<CustomerRole> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}

package se.kundlofte.customer;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A stakeholder as shown on the customer page. */
public record StakeholderItem(
        long id,
        long version,
        long customerId,
        String name,
        @Nullable String title,
        @Nullable String email,
        @Nullable String phone,
        Set<CustomerRole> roles,
        boolean primaryContact) {

    static StakeholderItem of(Stakeholder s) {
        return new StakeholderItem(
                s.getId(),
                s.getVersion(),
                s.getCustomerId(),
                s.getName(),
                s.getTitle(),
                s.getEmail(),
                s.getPhone(),
                s.getRoles(),
                s.isPrimaryContact());
    }

    public StakeholderForm toForm() {
        return new StakeholderForm(name, title, email, phone, roles, primaryContact);
    }
}

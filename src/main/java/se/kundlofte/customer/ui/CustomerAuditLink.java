package se.kundlofte.customer.ui;

import com.vaadin.flow.component.Component;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.ui.AuditSubjectLink;

/** Customers in the audit log open on their own page. */
@org.springframework.stereotype.Component
class CustomerAuditLink implements AuditSubjectLink {

    @Override
    public AuditSubject subject() {
        return AuditSubject.CUSTOMER;
    }

    @Override
    public Component link(long subjectId, String label) {
        return CustomerNavigation.customerLink(label, subjectId);
    }
}

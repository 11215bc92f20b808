package se.kundlofte.audit.ui;

import com.vaadin.flow.component.Component;
import se.kundlofte.audit.AuditSubject;

/**
 * A link from the audit log to the page of a subject that has one (a customer, a requirement).
 * The feature that owns the page implements it as a bean; other subjects are shown as text.
 */
public interface AuditSubjectLink {

    AuditSubject subject();

    /** A link showing the label that opens the subject's page. */
    Component link(long subjectId, String label);
}

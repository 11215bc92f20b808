package se.kundlofte.requirement.ui;

import com.vaadin.flow.component.Component;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.ui.AuditSubjectLink;

/** Requirements in the audit log open on their own page. */
@org.springframework.stereotype.Component
class RequirementAuditLink implements AuditSubjectLink {

    @Override
    public AuditSubject subject() {
        return AuditSubject.REQUIREMENT;
    }

    @Override
    public Component link(long subjectId, String label) {
        return RequirementNavigation.requirementLink(label, subjectId);
    }
}

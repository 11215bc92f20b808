package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.ui.AuditSubjectLink;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * Follow-ups in the audit log open the follow-ups page with every follow-up of that customer, open
 * and closed, so the one changed is shown in its context ({@link SatisfactionAuditTarget} finds the
 * customer when the link is followed). A reader who may not see satisfaction gets the label as text.
 */
@org.springframework.stereotype.Component
class FollowUpAuditLink implements AuditSubjectLink {

    @Override
    public AuditSubject subject() {
        return AuditSubject.FOLLOW_UP;
    }

    @Override
    public Component link(long subjectId, String label) {
        return CurrentUser.can(Permission.SATISFACTION_READ)
                ? new RouterLink(
                        label,
                        SatisfactionAuditTarget.class,
                        SatisfactionAuditTarget.parameters(SatisfactionAuditTarget.FOLLOW_UP, subjectId))
                : new Span(label);
    }
}

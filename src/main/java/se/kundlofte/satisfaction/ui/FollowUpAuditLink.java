package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.ui.AuditSubjectLink;
import se.kundlofte.satisfaction.FollowUpService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * Follow-ups in the audit log open the follow-ups page with every follow-up of that customer, open
 * and closed, so the one changed is shown in its context. A follow-up that is gone, or a reader
 * who may not see satisfaction, gets the label as text.
 */
@org.springframework.stereotype.Component
class FollowUpAuditLink implements AuditSubjectLink {

    private final FollowUpService followUps;

    FollowUpAuditLink(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public AuditSubject subject() {
        return AuditSubject.FOLLOW_UP;
    }

    @Override
    public Component link(long subjectId, String label) {
        if (!CurrentUser.can(Permission.SATISFACTION_READ)) {
            return new Span(label);
        }
        return followUps
                .customerOf(subjectId)
                .<Component>map(customerId -> SatisfactionNavigation.customerFollowUpsLink(label, customerId))
                .orElseGet(() -> new Span(label));
    }
}

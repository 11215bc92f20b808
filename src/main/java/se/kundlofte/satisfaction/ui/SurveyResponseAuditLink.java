package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.ui.AuditSubjectLink;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * Survey responses in the audit log open their customer's page, whose satisfaction section shows
 * the customer's figures and latest answers (a response has no page of its own;
 * {@link SatisfactionAuditTarget} finds the customer when the link is followed). A reader who may
 * not see satisfaction and customers gets the label as text.
 */
@org.springframework.stereotype.Component
class SurveyResponseAuditLink implements AuditSubjectLink {

    @Override
    public AuditSubject subject() {
        return AuditSubject.SURVEY_RESPONSE;
    }

    @Override
    public Component link(long subjectId, String label) {
        return CurrentUser.can(Permission.SATISFACTION_READ) && CurrentUser.can(Permission.CUSTOMER_READ)
                ? new RouterLink(
                        label,
                        SatisfactionAuditTarget.class,
                        SatisfactionAuditTarget.parameters(SatisfactionAuditTarget.RESPONSE, subjectId))
                : new Span(label);
    }
}

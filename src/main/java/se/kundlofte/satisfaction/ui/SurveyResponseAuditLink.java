package se.kundlofte.satisfaction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.ui.AuditSubjectLink;
import se.kundlofte.customer.ui.CustomerNavigation;
import se.kundlofte.satisfaction.SatisfactionService;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission;

/**
 * Survey responses in the audit log open their customer's page, whose satisfaction section shows
 * the customer's figures and latest answers (a response has no page of its own). A response that
 * is gone, or a reader who may not see satisfaction, gets the label as text.
 */
@org.springframework.stereotype.Component
class SurveyResponseAuditLink implements AuditSubjectLink {

    private final SatisfactionService satisfaction;

    SurveyResponseAuditLink(SatisfactionService satisfaction) {
        this.satisfaction = satisfaction;
    }

    @Override
    public AuditSubject subject() {
        return AuditSubject.SURVEY_RESPONSE;
    }

    @Override
    public Component link(long subjectId, String label) {
        if (!CurrentUser.can(Permission.SATISFACTION_READ) || !CurrentUser.can(Permission.CUSTOMER_READ)) {
            return new Span(label);
        }
        return satisfaction
                .customerOfResponse(subjectId)
                .<Component>map(customerId -> CustomerNavigation.customerLink(label, customerId))
                .orElseGet(() -> new Span(label));
    }
}

package se.kundlofte.promise.ui;

import com.vaadin.flow.component.Component;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.ui.AuditSubjectLink;

/** Promises in the audit log open on their own page. */
@org.springframework.stereotype.Component
class PromiseAuditLink implements AuditSubjectLink {

    @Override
    public AuditSubject subject() {
        return AuditSubject.PROMISE;
    }

    @Override
    public Component link(long subjectId, String label) {
        return PromiseNavigation.promiseLink(label, subjectId);
    }
}

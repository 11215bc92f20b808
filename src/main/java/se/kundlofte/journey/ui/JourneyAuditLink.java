package se.kundlofte.journey.ui;

import com.vaadin.flow.component.Component;
import se.kundlofte.audit.AuditSubject;
import se.kundlofte.audit.ui.AuditSubjectLink;

/** Journeys in the audit log open on their map. */
@org.springframework.stereotype.Component
class JourneyAuditLink implements AuditSubjectLink {

    @Override
    public AuditSubject subject() {
        return AuditSubject.JOURNEY;
    }

    @Override
    public Component link(long subjectId, String label) {
        return JourneyNavigation.journeyLink(label, subjectId);
    }
}

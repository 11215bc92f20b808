package se.kundlofte.requirement;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;
import se.kundlofte.security.Permission.Require;
import se.kundlofte.user.UserDirectory;

/** What was told to the affected stakeholders about a requirement; sales and marketing record it. */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.REQUIREMENT_READ)
@Transactional(readOnly = true)
public class RequirementCommunicationService {

    private final CommunicationRepository communications;
    private final RequirementRepository requirements;
    private final RequirementHistory history;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final BusinessTime time;

    RequirementCommunicationService(
            CommunicationRepository communications,
            RequirementRepository requirements,
            RequirementHistory history,
            UserDirectory users,
            ApplicationEventPublisher events,
            BusinessTime time) {
        this.communications = communications;
        this.requirements = requirements;
        this.history = history;
        this.users = users;
        this.events = events;
        this.time = time;
    }

    public List<CommunicationItem> forRequirement(long requirementId) {
        List<RequirementCommunication> all =
                communications.findByRequirementIdOrderByCommunicatedOnDescIdDesc(requirementId);
        java.util.Map<Long, String> recorders = users.names(all.stream()
                .map(c -> c.recordedBy)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        return all.stream()
                .map(c -> new CommunicationItem(
                        c.getId(),
                        c.recipients,
                        c.channel,
                        c.communicatedOn,
                        c.summary,
                        c.recordedBy == null ? null : recorders.get(c.recordedBy)))
                .toList();
    }

    @Transactional
    @PreAuthorize(Require.REQUIREMENT_COMMUNICATE)
    public CommunicationItem add(long requirementId, CommunicationForm form) {
        FieldValidationException.throwIfAny(RequirementRules.check(form, time.today()));
        Requirement requirement = requirements
                .findById(requirementId)
                .orElseThrow(() -> new RuleViolationException("requirement.error.notFound"));
        RequirementCommunication communication = new RequirementCommunication(requirementId);
        communication.recipients = form.recipients().trim();
        communication.channel = form.channel();
        communication.communicatedOn = form.communicatedOn();
        communication.summary = form.summary().trim();
        communication.recordedBy =
                CurrentUser.get().map(KundlofteUser::getUserId).orElse(null);
        communications.saveAndFlush(communication);
        history.record(
                requirementId,
                "communication",
                null,
                communication.recipients + " (" + form.channel().name() + ")");
        events.publishEvent(new RequirementChanged(requirementId, requirement.getStage()));
        return forRequirement(requirementId).stream()
                .filter(c -> c.id() == communication.getId())
                .findFirst()
                .orElseThrow();
    }
}

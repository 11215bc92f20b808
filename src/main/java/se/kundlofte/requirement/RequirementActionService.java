package se.kundlofte.requirement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.security.Permission.Require;
import se.kundlofte.user.UserDirectory;

/** Actions planned and carried out for a requirement; product development plans them. */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.REQUIREMENT_READ)
@Transactional(readOnly = true)
public class RequirementActionService {

    private final ActionRepository actions;
    private final RequirementRepository requirements;
    private final RequirementHistory history;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final BusinessTime time;

    RequirementActionService(
            ActionRepository actions,
            RequirementRepository requirements,
            RequirementHistory history,
            UserDirectory users,
            ApplicationEventPublisher events,
            BusinessTime time) {
        this.actions = actions;
        this.requirements = requirements;
        this.history = history;
        this.users = users;
        this.events = events;
        this.time = time;
    }

    public List<ActionItem> forRequirement(long requirementId) {
        LocalDate today = time.today();
        List<RequirementAction> all = actions.findByRequirementIdOrderByDoneAscDueDateAscIdAsc(requirementId);
        java.util.Map<Long, String> owners = users.names(all.stream()
                .map(a -> a.ownerId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        return all.stream()
                .map(a -> new ActionItem(
                        a.getId(),
                        a.getVersion(),
                        a.type,
                        a.description,
                        a.ownerId,
                        a.ownerId == null ? null : owners.get(a.ownerId),
                        a.dueDate,
                        a.done,
                        !a.done && a.dueDate != null && a.dueDate.isBefore(today)))
                .toList();
    }

    @Transactional
    @PreAuthorize(Require.REQUIREMENT_ANALYSE)
    public ActionItem add(long requirementId, ActionForm form) {
        FieldValidationException.throwIfAny(RequirementRules.check(form));
        Requirement requirement = requirements
                .findById(requirementId)
                .orElseThrow(() -> new RuleViolationException("requirement.error.notFound"));
        RequirementAction action = new RequirementAction(requirementId);
        apply(action, form);
        actions.saveAndFlush(action);
        history.record(requirementId, "action", null, action.description);
        events.publishEvent(new RequirementChanged(requirementId, requirement.getStage()));
        return find(requirementId, action.getId());
    }

    @Transactional
    @PreAuthorize(Require.REQUIREMENT_ANALYSE)
    public ActionItem update(long actionId, long version, ActionForm form) {
        FieldValidationException.throwIfAny(RequirementRules.check(form));
        RequirementAction action = load(actionId, version);
        history.record(
                action.requirementId,
                "action",
                action.description,
                form.description().trim());
        apply(action, form);
        actions.flush();
        notifyBoard(action.requirementId);
        return find(action.requirementId, actionId);
    }

    /** Marks an action done (or open again). */
    @Transactional
    @PreAuthorize(Require.REQUIREMENT_ANALYSE)
    public ActionItem setDone(long actionId, long version, boolean done) {
        RequirementAction action = load(actionId, version);
        history.record(
                action.requirementId,
                "actionDone",
                action.description + ": " + action.done,
                action.description + ": " + done);
        action.done = done;
        action.doneAt = done ? time.now() : null;
        actions.flush();
        notifyBoard(action.requirementId);
        return find(action.requirementId, actionId);
    }

    private void notifyBoard(long requirementId) {
        requirements
                .findById(requirementId)
                .ifPresent(r -> events.publishEvent(new RequirementChanged(requirementId, r.getStage())));
    }

    private static void apply(RequirementAction action, ActionForm form) {
        action.type = form.type();
        action.description = form.description().trim();
        action.ownerId = form.ownerId();
        action.dueDate = form.dueDate();
    }

    private RequirementAction load(long id, long version) {
        RequirementAction action =
                actions.findById(id).orElseThrow(() -> new RuleViolationException("action.error.notFound"));
        action.checkVersion(version);
        return action;
    }

    private ActionItem find(long requirementId, long actionId) {
        return forRequirement(requirementId).stream()
                .filter(a -> a.id() == actionId)
                .findFirst()
                .orElseThrow();
    }
}

package se.kundlofte.promise;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.RuleViolationException;
import se.kundlofte.satisfaction.FollowUpPromises;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;

/**
 * A satisfaction follow-up that finds a broken promise behind an unhappy answer tags it here. The
 * tag is evidence like any other: a fulfilment check, on the day of tagging, for the customer, not
 * kept in our assessment nor in the customer's, so it counts in the promise's health and shows in
 * its drill-down. Who may do it is decided by the follow-up (its owner, the CEO, administrators),
 * which calls this inside its own transaction.
 */
@Component
class PromiseFollowUps implements FollowUpPromises {

    /** As the follow-up's note field allows. */
    static final int NOTE_MAX = 500;

    private final PromiseService promises;
    private final PromiseRepository promiseRows;
    private final PromiseCheckRepository checks;
    private final PromiseAudit audit;
    private final BusinessTime time;

    PromiseFollowUps(
            PromiseService promises,
            PromiseRepository promiseRows,
            PromiseCheckRepository checks,
            PromiseAudit audit,
            BusinessTime time) {
        this.promises = promises;
        this.promiseRows = promiseRows;
        this.checks = checks;
        this.audit = audit;
        this.time = time;
    }

    @Override
    public List<PromiseChoice> applicableTo(long customerId) {
        return promises.activeFor(customerId).stream()
                .map(p -> new PromiseChoice(p.id(), p.title()))
                .toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void tag(long followUpId, long customerId, long promiseId, String note) {
        if (note.strip().length() > NOTE_MAX) {
            throw new RuleViolationException("promise.error.noteTooLong");
        }
        if (applicableTo(customerId).stream().noneMatch(p -> p.id() == promiseId)) {
            throw new RuleViolationException("promise.error.notApplicable");
        }
        Promise promise =
                promiseRows.findById(promiseId).orElseThrow(() -> new RuleViolationException("promise.error.notFound"));
        String evidence = (note.isBlank() ? "" : note.strip() + " ") + "(#" + followUpId + ")";
        CheckForm form = new CheckForm(time.today(), customerId, false, false, evidence);
        KundlofteUser me = CurrentUser.get().orElse(null);
        checks.saveAndFlush(new PromiseCheck(promiseId, form, me == null ? null : me.getUserId(), time.now()));
        audit.recorded(promiseId, promise.title, "promise.event.checkNotKept", evidence);
    }
}

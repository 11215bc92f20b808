package se.kundlofte.promise;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.kundlofte.audit.AuditTrail;
import se.kundlofte.audit.AuditValue;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.ConcurrentEditException;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.KundlofteUser;

/** Keeps every wording of a promise: the version rows written after the promise's own change. */
@Component
class PromiseWording {

    private final PromiseVersionRepository versions;
    private final PromiseQueries queries;
    private final PromiseRepository promises;
    private final PromiseAudit audit;
    private final BusinessTime time;

    PromiseWording(
            PromiseVersionRepository versions,
            PromiseQueries queries,
            PromiseRepository promises,
            PromiseAudit audit,
            BusinessTime time) {
        this.versions = versions;
        this.queries = queries;
        this.promises = promises;
        this.audit = audit;
        this.time = time;
    }

    /** Writes the promise's current wording as its next version; returns the version number. */
    int record(Promise promise, @Nullable String reason) {
        int versionNo = queries.lastVersionNo(promise.getId()) + 1;
        KundlofteUser me = CurrentUser.get().orElse(null);
        versions.addVersion(
                promise.getId(),
                versionNo,
                promise,
                reason == null || reason.isBlank() ? null : reason.strip(),
                time.now(),
                me == null ? null : me.getUserId(),
                me == null ? AuditTrail.SYSTEM : me.getFullName());
        return versionNo;
    }

    /**
     * Refuses, as a conflict, evidence or a decision given against a wording the promise no longer
     * has: someone reworded it after the user opened the form. Nothing to check when the caller did
     * not say which wording it saw.
     */
    void requireSeen(long promiseId, @Nullable Integer wordingSeen) {
        if (wordingSeen != null && queries.lastVersionNo(promiseId) != wordingSeen) {
            throw new ConcurrentEditException("Promise", promiseId);
        }
    }

    /** A new text decided in a review: the promise changes and the new wording becomes a version. */
    int changeText(Promise promise, String text, String reason) {
        Map<String, AuditValue> before = audit.values(promise);
        promise.text = text.strip();
        promise.updatedAt = time.now();
        promises.flush();
        audit.changed(promise, before);
        return record(promise, reason);
    }
}

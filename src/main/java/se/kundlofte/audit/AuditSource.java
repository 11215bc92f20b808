package se.kundlofte.audit;

import java.util.List;

/**
 * A store of changes the audit log reads besides its own events, such as a feature's own history
 * table. Features implement it as beans; the log merges the sources newest first, so the audit
 * package knows no feature.
 */
public interface AuditSource {

    /** True when changes of this kind of subject may be in this source. */
    boolean holds(AuditSubject subject);

    /** The changes that match the filter, newest first (ties: newest id first), from offset on. */
    List<AuditEntry> page(AuditFilter filter, int offset, int limit);

    /** How many changes match the filter. */
    int count(AuditFilter filter);
}

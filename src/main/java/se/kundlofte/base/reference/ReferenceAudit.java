package se.kundlofte.base.reference;

/** Where a reference list reports its changes (the audit log), inside the saving transaction. */
public interface ReferenceAudit {

    void created(ReferenceItem item);

    void changed(ReferenceItem before, ReferenceItem after);
}

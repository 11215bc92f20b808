package se.kundlofte.audit;

import java.util.List;

/** The people the audit log can be narrowed to; the user feature implements it as a bean. */
public interface AuditUsers {

    /** Every user, active or not, by name. */
    List<Person> everyone();

    /** Someone who may have changed something. */
    record Person(long id, String username, String fullName) {}
}

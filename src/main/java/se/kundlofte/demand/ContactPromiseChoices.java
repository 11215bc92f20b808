package se.kundlofte.demand;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The promises a failure-demand contact can be tagged with ("promise broken"). Declared here
 * because the demand log must not know the promise feature; the promise feature implements it as
 * a bean. Without an implementation the log offers no promises.
 */
public interface ContactPromiseChoices {

    /** A promise as the contact form offers it. */
    record Choice(long id, String title) {}

    /** The active promises that apply to the customer (or every customer when none is given). */
    List<Choice> forCustomer(@Nullable Long customerId);

    /** Whether a promise with this id exists (so a tag never points nowhere). */
    boolean exists(long promiseId);

    /** The promise's title, for the audit log. */
    String title(long promiseId);
}

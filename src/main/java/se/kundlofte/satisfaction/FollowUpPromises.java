package se.kundlofte.satisfaction;

import java.util.List;

/**
 * Tagging a broken promise from a follow-up. Promises are a later feature above this one: it
 * implements this interface as a bean; until a bean exists the follow-up offers no promise action.
 */
public interface FollowUpPromises {

    /** The promises that apply to the customer (to everyone, its segment or the customer itself). */
    List<PromiseChoice> applicableTo(long customerId);

    /** Records that the customer's unhappy answer points at a broken promise. */
    void tag(long followUpId, long customerId, long promiseId, String note);

    /** A promise as the follow-up offers it. */
    record PromiseChoice(long id, String title) {}
}

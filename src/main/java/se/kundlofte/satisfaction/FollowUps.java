package se.kundlofte.satisfaction;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.kundlofte.base.BusinessTime;

/**
 * Opens the follow-up of an unhappy response, in the transaction that stores the response: for the
 * customer's owner, due after {@code kundlofte.satisfaction.follow-up-days} days (default 5).
 */
@Component
class FollowUps {

    private final FollowUpRepository followUps;
    private final SatisfactionQueries queries;
    private final BusinessTime time;
    private final int days;

    FollowUps(
            FollowUpRepository followUps,
            SatisfactionQueries queries,
            BusinessTime time,
            @Value("${kundlofte.satisfaction.follow-up-days:5}") int days) {
        this.followUps = followUps;
        this.queries = queries;
        this.time = time;
        this.days = days;
    }

    int days() {
        return days;
    }

    /** True when the response needed a follow-up (and now has one). */
    boolean openIfNeeded(SurveyResponse response) {
        if (!response.type.needsFollowUp(response.score)) {
            return false;
        }
        Instant now = time.now();
        LocalDate due = time.today().plusDays(days);
        followUps.save(new FollowUp(
                response.getId(),
                response.customerId,
                queries.customerOwner(response.customerId).orElse(null),
                now,
                due));
        return true;
    }
}

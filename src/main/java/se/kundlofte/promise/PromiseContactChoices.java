package se.kundlofte.promise;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.kundlofte.demand.ContactPromiseChoices;

/** Offers the demand log the promises a failure contact can be tagged with ("promise broken"). */
@Component
class PromiseContactChoices implements ContactPromiseChoices {

    private final PromiseService promises;
    private final PromiseQueries queries;

    PromiseContactChoices(PromiseService promises, PromiseQueries queries) {
        this.promises = promises;
        this.queries = queries;
    }

    @Override
    public List<Choice> forCustomer(@Nullable Long customerId) {
        return promises.activeFor(customerId).stream()
                .map(p -> new Choice(p.id(), p.title()))
                .toList();
    }

    @Override
    public String title(long promiseId) {
        String title = queries.title(promiseId);
        return title == null ? "#" + promiseId : title;
    }

    @Override
    public boolean exists(long promiseId) {
        return queries.exists(promiseId);
    }
}

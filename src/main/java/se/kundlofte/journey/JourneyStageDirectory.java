package se.kundlofte.journey;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.JourneyStageChoice;
import se.kundlofte.base.JourneyStageChoices;
import se.kundlofte.base.SharedReads;

/**
 * Offers the features below the journey package (requirements, demand) the stages of the journey
 * maps to point at. Their own services guard who may read them.
 */
@Component
// One statement per call: inside a caller's transaction it joins it, alone it needs none (a
// read-only transaction of its own cost five statements more on every board open).
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
class JourneyStageDirectory implements JourneyStageChoices {

    private final JourneyStageDirectoryQueries queries;
    private final SharedReads<Boolean, List<JourneyStageChoice>> all;

    JourneyStageDirectory(
            JourneyStageDirectoryQueries queries, @Value("${kundlofte.shared-reads:1s}") Duration shared) {
        this.queries = queries;
        this.all = new SharedReads<>(shared);
    }

    /**
     * Every board, requirement and demand page asks this when it opens, so the answer is shared
     * for {@code kundlofte.shared-reads} (default 1 s, {@link SharedReads}): a stage added or
     * renamed on a journey map shows in these choices within that time.
     */
    @Override
    public List<JourneyStageChoice> all() {
        return all.get(Boolean.TRUE, () -> List.copyOf(queries.all()));
    }

    /** Changes how long the list is shared (tests look at sharing this way). */
    void shareFor(Duration shared) {
        all.shareFor(shared);
    }

    @Override
    public Optional<JourneyStageChoice> find(long stageId) {
        return queries.find(stageId);
    }
}

package se.kundlofte.journey;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.JourneyStageChoice;
import se.kundlofte.base.JourneyStageChoices;

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

    JourneyStageDirectory(JourneyStageDirectoryQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<JourneyStageChoice> all() {
        return queries.all();
    }

    @Override
    public Optional<JourneyStageChoice> find(long stageId) {
        return queries.find(stageId);
    }
}

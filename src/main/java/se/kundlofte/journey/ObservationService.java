package se.kundlofte.journey;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kundlofte.base.BusinessTime;
import se.kundlofte.base.FieldError;
import se.kundlofte.base.FieldValidationException;
import se.kundlofte.base.db.RetryOnDeadlock;
import se.kundlofte.security.CurrentUser;
import se.kundlofte.security.Permission.Require;

/**
 * Observations (seed 003, "be there when it happens"): what someone saw when they were with a
 * customer, linked to a stage of a journey. Everyone reads and records them.
 */
@Service
@RetryOnDeadlock
@PreAuthorize(Require.JOURNEY_READ)
@Transactional(readOnly = true)
public class ObservationService {

    static final int PLACE_MAX = 200;

    private final JourneyObservationRepository observations;
    private final JourneyStageRepository stages;
    private final JourneyQueries queries;
    private final BusinessTime time;

    ObservationService(
            JourneyObservationRepository observations,
            JourneyStageRepository stages,
            JourneyQueries queries,
            BusinessTime time) {
        this.observations = observations;
        this.stages = stages;
        this.queries = queries;
        this.time = time;
    }

    /** Records an observation by the current user: what happened, the day (not in the future) and the stage are required. */
    @Transactional
    @PreAuthorize(Require.JOURNEY_OBSERVE)
    public ObservationItem add(ObservationForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.stageId() == null || !stages.existsById(form.stageId())) {
            errors.add(new FieldError("stage", "observation.error.stage"));
        }
        if (form.observedOn() == null) {
            errors.add(new FieldError("observedOn", "observation.error.date"));
        } else if (form.observedOn().isAfter(time.today())) {
            errors.add(new FieldError("observedOn", "observation.error.future"));
        }
        if (JourneyRules.isBlank(form.whatHappened())) {
            errors.add(new FieldError("whatHappened", "observation.error.whatHappened"));
        } else if (form.whatHappened().strip().length() > JourneyRules.TEXT_MAX) {
            errors.add(new FieldError("whatHappened", "journey.error.tooLong", JourneyRules.TEXT_MAX));
        }
        if (form.place() != null && form.place().strip().length() > PLACE_MAX) {
            errors.add(new FieldError("place", "journey.error.tooLong", PLACE_MAX));
        }
        if (form.insight() != null && form.insight().strip().length() > JourneyRules.TEXT_MAX) {
            errors.add(new FieldError("insight", "journey.error.tooLong", JourneyRules.TEXT_MAX));
        }
        FieldValidationException.throwIfAny(errors);
        JourneyObservation saved = observations.saveAndFlush(
                new JourneyObservation(form, CurrentUser.require().getUserId(), time.now()));
        return queries.observationById(saved.getId()).orElseThrow();
    }

    /** A page of the journey's observations, newest first (the map lists them lazily). */
    public List<ObservationItem> ofJourney(long journeyId, int offset, int limit) {
        return queries.observations(journeyId, offset, limit);
    }

    public int countOfJourney(long journeyId) {
        return queries.observationCountOfJourney(journeyId);
    }

    /** The stage's observations, newest first. */
    public List<ObservationItem> ofStage(long stageId) {
        return queries.observationsOfStage(stageId);
    }
}

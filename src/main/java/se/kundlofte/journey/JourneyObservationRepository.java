package se.kundlofte.journey;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JourneyObservationRepository extends JpaRepository<JourneyObservation, Long> {

    /** Moves a removed stage's observations to the stage that takes its place. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update JourneyObservation o set o.stageId = :to where o.stageId = :from")
    int moveStage(@Param("from") Long fromStageId, @Param("to") Long toStageId);
}

package se.kundlofte.journey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JourneyStageRepository extends JpaRepository<JourneyStage, Long> {

    List<JourneyStage> findByJourneyIdOrderByPositionAscIdAsc(Long journeyId);

    /**
     * Reordering writes positions only, without a new version: a colleague editing a stage's lanes
     * meanwhile is not in conflict with a move.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update JourneyStage s set s.position = :position where s.id = :id")
    int setPosition(@Param("id") Long id, @Param("position") int position);
}

package se.kundlofte.requirement;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RequirementRepository extends JpaRepository<Requirement, Long> {

    /**
     * Loads a requirement for a change, locking its row: writing its history (a child row) and
     * then the requirement itself would otherwise let two concurrent edits deadlock. The second
     * waits, then sees the new version and is told someone else was first.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Requirement r where r.id = :id")
    Optional<Requirement> findForUpdate(@Param("id") long id);

    @Query("select coalesce(max(r.boardRank), 0) from Requirement r where r.stage = :stage")
    long maxRank(@Param("stage") Stage stage);

    /**
     * Points every requirement of one journey stage at another (or the same, when only the stage's
     * phase changed), with the phase column kept equal to the stage's phase. The version goes up so
     * that an edit begun before is reported as a conflict, not silently overwritten.
     */
    @Modifying
    @Query(
            value = "update requirement set journey_stage_id = :to, journey_stage = :phase, version = version + 1 "
                    + "where journey_stage_id = :from",
            nativeQuery = true)
    int reassignJourneyStage(
            @Param("from") long fromStageId, @Param("to") long toStageId, @Param("phase") String phase);
}

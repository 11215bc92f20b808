package se.kundlofte.requirement;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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
}

package se.kundlofte.requirement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<RequirementAction, Long> {

    List<RequirementAction> findByRequirementIdOrderByDoneAscDueDateAscIdAsc(long requirementId);

    int countByRequirementId(long requirementId);
}

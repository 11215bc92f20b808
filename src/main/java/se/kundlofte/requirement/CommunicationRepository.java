package se.kundlofte.requirement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommunicationRepository extends JpaRepository<RequirementCommunication, Long> {

    List<RequirementCommunication> findByRequirementIdOrderByCommunicatedOnDescIdDesc(long requirementId);

    int countByRequirementId(long requirementId);
}

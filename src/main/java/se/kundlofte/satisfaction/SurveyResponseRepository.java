package se.kundlofte.satisfaction;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    boolean existsByExternalId(String externalId);
}

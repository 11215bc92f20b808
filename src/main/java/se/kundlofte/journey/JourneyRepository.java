package se.kundlofte.journey;

import org.springframework.data.jpa.repository.JpaRepository;

interface JourneyRepository extends JpaRepository<Journey, Long> {}

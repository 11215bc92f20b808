package se.kundlofte.demand;

import org.springframework.data.jpa.repository.JpaRepository;

interface DemandRepository extends JpaRepository<Demand, Long> {}

package se.kundlofte.promise;

import org.springframework.data.jpa.repository.JpaRepository;

interface PromisePerceivedRepository extends JpaRepository<PromisePerceived, Long> {}

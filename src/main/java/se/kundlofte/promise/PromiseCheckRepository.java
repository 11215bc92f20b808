package se.kundlofte.promise;

import org.springframework.data.jpa.repository.JpaRepository;

interface PromiseCheckRepository extends JpaRepository<PromiseCheck, Long> {}

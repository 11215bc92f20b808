package se.kundlofte.promise;

import org.springframework.data.jpa.repository.JpaRepository;

interface PromiseBeyondRepository extends JpaRepository<PromiseBeyond, Long> {}

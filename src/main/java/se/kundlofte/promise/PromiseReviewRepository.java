package se.kundlofte.promise;

import org.springframework.data.jpa.repository.JpaRepository;

interface PromiseReviewRepository extends JpaRepository<PromiseReview, Long> {}

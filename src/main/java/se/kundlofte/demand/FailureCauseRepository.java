package se.kundlofte.demand;

interface FailureCauseRepository extends DemandReferenceRepository<FailureCause> {}

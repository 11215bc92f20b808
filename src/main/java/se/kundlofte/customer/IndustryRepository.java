package se.kundlofte.customer;

import se.kundlofte.base.reference.ReferenceRepository;

interface IndustryRepository extends ReferenceRepository<Industry> {}

package se.kundlofte.demand;

interface ContactChannelRepository extends DemandReferenceRepository<ContactChannel> {}

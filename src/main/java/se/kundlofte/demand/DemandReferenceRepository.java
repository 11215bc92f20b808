package se.kundlofte.demand;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import se.kundlofte.base.reference.ReferenceRepository;

/** Causes and channels: a new entry gets the next custom code and goes to the end of the list. */
@NoRepositoryBean
interface DemandReferenceRepository<E extends DemandReference> extends ReferenceRepository<E> {

    @Query("select coalesce(max(e.id), 0) from #{#entityName} e")
    long maxId();

    @Query("select coalesce(max(e.sortOrder), 0) from #{#entityName} e")
    int maxSortOrder();
}

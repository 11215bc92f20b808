package se.kundlofte.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StakeholderRepository extends JpaRepository<Stakeholder, Long> {

    List<Stakeholder> findByCustomerIdOrderByNameAsc(long customerId);

    /** Only one primary contact per customer: clears the others when one is chosen. */
    @Modifying
    @Query("update Stakeholder s set s.primaryContact = false, s.version = s.version + 1 "
            + "where s.customerId = :customerId and s.id <> :keepId and s.primaryContact = true")
    int clearOtherPrimaryContacts(@Param("customerId") long customerId, @Param("keepId") long keepId);
}

package se.kundlofte.customer;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    /** One page of the register, filtered and sorted in the database. */
    @Query("""
            select new se.kundlofte.customer.CustomerListItem(c.id, c.name, c.orgNumber, i.nameSv, i.nameEn,
                c.segment, c.keyAccount, c.ownerId, u.fullName, c.archived)
            from Customer c
            left join Industry i on i.id = c.industryId
            left join se.kundlofte.user.AppUser u on u.id = c.ownerId
            where (:text is null or c.name like :text)
              and (:orgPrefix is null or c.orgNumber like :orgPrefix)
              and (:industryId is null or c.industryId = :industryId)
              and (:segment is null or c.segment = :segment)
              and (:keyAccountsOnly = false or c.keyAccount = true)
              and (:ownerId is null or c.ownerId = :ownerId)
              and (:includeArchived = true or c.archived = false)
            """)
    Slice<CustomerListItem> search(
            @Param("text") @Nullable String text,
            @Param("orgPrefix") @Nullable String orgPrefix,
            @Param("industryId") @Nullable Long industryId,
            @Param("segment") @Nullable Segment segment,
            @Param("keyAccountsOnly") boolean keyAccountsOnly,
            @Param("ownerId") @Nullable Long ownerId,
            @Param("includeArchived") boolean includeArchived,
            Pageable pageable);

    @Query("""
            select new se.kundlofte.customer.CustomerDetails(c.id, c.version, c.name, c.orgNumber, c.industryId,
                i.nameSv, i.nameEn, c.segment, c.keyAccount, c.ownerId, u.fullName, c.notes, c.archived)
            from Customer c
            left join Industry i on i.id = c.industryId
            left join se.kundlofte.user.AppUser u on u.id = c.ownerId
            where c.id = :id
            """)
    Optional<CustomerDetails> findDetails(@Param("id") long id);

    Optional<Customer> findByOrgNumber(String orgNumber);

    Optional<Customer> findFirstByNameOrderByIdAsc(String name);

    boolean existsByOrgNumberAndIdNot(String orgNumber, long id);

    boolean existsByOrgNumber(String orgNumber);
}

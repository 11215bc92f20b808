package se.kundlofte.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeedRepository extends JpaRepository<Need, Long> {

    List<Need> findByCustomerIdOrderByKindAscTitleAsc(long customerId);
}
